import TextPlot

/// Titles, labels, legend, limits, scales and ticks.
extension AxesOperation {
  static var decorations: [AxesOperation] {
    [
    AxesOperation(function: "title", method: "set_title", "(label)", "Sets the title of the axes (fontsize, loc and pad are accepted and ignored).") {
      arguments, axes throws(PyException) in
      axes.title = try text(arguments, "label")
      return .none
    },
    AxesOperation(function: "xlabel", method: "set_xlabel", "(xlabel)", "Labels the x axis (fontsize is accepted and ignored).") {
      arguments, axes throws(PyException) in
      axes.xLabel = try text(arguments, "xlabel")
      return .none
    },
    AxesOperation(function: "ylabel", method: "set_ylabel", "(ylabel)", "Labels the y axis (fontsize is accepted and ignored).") {
      arguments, axes throws(PyException) in
      axes.yLabel = try text(arguments, "ylabel")
      return .none
    },
    AxesOperation(
      "legend", "(labels=None)",
      "Shows the legend of labelled lines, points and bars; legend(['a', 'b']) names the layers in\norder first. loc, fontsize and frameon are accepted and ignored (the legend goes in the\nemptiest corner)."
    ) { arguments, axes throws(PyException) in
      try arguments.allowKeywords(["loc", "fontsize", "frameon", "labels", "title", "ncol", "bbox_to_anchor", "handles"])
      if let names = try arguments.value("labels", at: arguments.count == 2 ? 1 : 0), !names.isNone {
        guard case .list(let list) = names.asListLike else {
          throw PyException(.typeError, "legend() takes a list of labels, not \(names.typeName)")
        }
        var next = 0
        for (index, layer) in axes.layers.enumerated() where next < list.items.count {
          let name = try arguments.interpreter.str(list.items[next])
          switch layer {
          case .line(var series): series.name = name; axes.layers[index] = .line(series)
          case .scatter(var series): series.name = name; axes.layers[index] = .scatter(series)
          case .bars(var series): series.name = name; axes.layers[index] = .bars(series)
          case .referenceLine(var line): line.name = name; axes.layers[index] = .referenceLine(line)
          case .field, .errorBars: continue
          }
          next += 1
        }
      }
      axes.showsLegend = true
      return .none
    },
    AxesOperation(function: "xlim", method: "set_xlim", "(left=None, right=None)", "Sets the x range shown, xlim(0, 10) or xlim((0, 10)); returns it.") {
      arguments, axes throws(PyException) in
      axes.xLimits = try limits(arguments, axes.xLimits, names: ("left", "right"))
      return limitsValue(axes.xLimits)
    },
    AxesOperation(function: "ylim", method: "set_ylim", "(bottom=None, top=None)", "Sets the y range shown, ylim(0, 1) or ylim((0, 1)); returns it.") {
      arguments, axes throws(PyException) in
      axes.yLimits = try limits(arguments, axes.yLimits, names: ("bottom", "top"))
      return limitsValue(axes.yLimits)
    },
    AxesOperation(function: "xscale", method: "set_xscale", "(value)", "Sets the x axis scale: 'linear' or 'log'.") {
      arguments, axes throws(PyException) in
      axes.xScale = try scale(arguments)
      return .none
    },
    AxesOperation(function: "yscale", method: "set_yscale", "(value)", "Sets the y axis scale: 'linear' or 'log' (a loss over many orders of magnitude).") {
      arguments, axes throws(PyException) in
      axes.yScale = try scale(arguments)
      return .none
    },
    AxesOperation(function: "xticks", method: "set_xticks", "(ticks=None, labels=None)", "Places x ticks at `ticks`, labelled with `labels` (or their values); rotation is ignored.") {
      arguments, axes throws(PyException) in
      if let ticks = try AxesOperation.ticks(arguments) { axes.xTicks = ticks }
      return .none
    },
    AxesOperation(function: "yticks", method: "set_yticks", "(ticks=None, labels=None)", "Places y ticks at `ticks`, labelled with `labels` (or their values).") {
      arguments, axes throws(PyException) in
      if let ticks = try AxesOperation.ticks(arguments) { axes.yTicks = ticks }
      return .none
    },
    AxesOperation(
      "axis", "(arg)",
      "axis('off') hides the axes, axis('on') shows them, axis('equal') or 'scaled' or 'square'\ndraws x and y units the same size, axis([xmin, xmax, ymin, ymax]) sets both ranges;\n'tight' and 'auto' are accepted (the ranges already fit the data)."
    ) { arguments, axes throws(PyException) in
      try arguments.expectCount(0...1)
      guard let value = try arguments.value("arg", at: 0) else { return .none }
      if case .str(let option) = value {
        switch option {
        case "off": axes.showsAxis = false
        case "on": axes.showsAxis = true
        case "equal", "scaled", "square", "image": axes.aspect = .equal
        case "tight", "auto", "normal": break
        default:
          throw PyException(.valueError, "Unrecognized string '\(option)' to axis; try 'on', 'off', 'equal', 'tight', 'scaled', or 'auto'")
        }
        return .none
      }
      let bounds = try PlotData.values(value, "arg", in: "axis")
      guard bounds.count == 4 else {
        throw PyException(.typeError, "The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
      }
      axes.xLimits = try range(bounds[0], bounds[1])
      axes.yLimits = try range(bounds[2], bounds[3])
      return .none
    },
    AxesOperation(function: "grid", method: "grid", "(visible=None)", "Accepted and ignored: TextPlot draws no grid lines (cosmetic).") { _, _ throws(PyException) in
      .none
    },
    AxesOperation(function: nil, method: "set_axis_off", "()", "Hides the axes: ticks, tick labels and axis lines.") { _, axes throws(PyException) in
      axes.showsAxis = false
      return .none
    },
    AxesOperation(function: nil, method: "set_aspect", "(aspect)", "'equal' draws x and y units the same size; 'auto' fills the area.") {
      arguments, axes throws(PyException) in
      let aspect = try arguments.required("aspect", at: 0)
      if let value = aspect.asDouble, value == 1 { axes.aspect = .equal; return .none }
      switch aspect.asString {
      case "equal": axes.aspect = .equal
      case "auto": axes.aspect = .auto
      default: throw PyException(.valueError, "set_aspect() takes 'equal', 'auto' or 1 here")
      }
      return .none
    },
    ]
  }

  /// The text argument of `title`/`xlabel`/`ylabel`, as `str()` makes it.
  private static func text(_ arguments: Arguments, _ name: String) throws(PyException) -> String {
    try arguments.allowKeywords([name, "fontsize", "loc", "pad", "fontweight", "color", "size", "labelpad", "y"])
    return try arguments.interpreter.str(try arguments.required(name, at: 0))
  }

  /// `xlim(0, 10)`, `xlim((0, 10))`, `xlim(right=10)`; `nil` bounds keep the current ones.
  private static func limits(_ arguments: Arguments, _ current: ClosedRange<Double>?, names: (String, String))
    throws(PyException) -> ClosedRange<Double>?
  {
    try arguments.allowKeywords([names.0, names.1, "emit", "auto"])
    var low = try arguments.value(names.0, at: 0)
    var high = try arguments.value(names.1, at: 1)
    if let pair = low, arguments.count == 1, case .list(let list) = pair.asListLike {
      guard list.items.count == 2 else { throw PyException(.valueError, "\(arguments.functionName)() takes (low, high)") }
      (low, high) = (list.items[0], list.items[1])
    }
    if low == nil && high == nil { return current }
    let lower = try low.flatMap { v throws(PyException) in v.isNone ? nil : try Arguments.real(v) } ?? current?.lowerBound
    let upper = try high.flatMap { v throws(PyException) in v.isNone ? nil : try Arguments.real(v) } ?? current?.upperBound
    guard let lower, let upper else {
      throw PyException(.valueError, "\(arguments.functionName)() needs both bounds the first time", help: "for example \(arguments.functionName)(0, 1)")
    }
    return try range(lower, upper)
  }

  private static func range(_ low: Double, _ high: Double) throws(PyException) -> ClosedRange<Double> {
    guard low.isFinite, high.isFinite else { throw PyException(.valueError, "Axis limits cannot be NaN or Inf") }
    guard low < high else {
      throw PyException(.valueError, "axis limits must be increasing here, got (\(PythonFloat.repr(low)), \(PythonFloat.repr(high)))",
        help: "reversed axes are not supported")
    }
    return low...high
  }

  private static func limitsValue(_ range: ClosedRange<Double>?) -> PyValue {
    guard let range else { return .none }
    return .tuple([.float(range.lowerBound), .float(range.upperBound)])
  }

  private static func scale(_ arguments: Arguments) throws(PyException) -> AxisScale {
    try arguments.allowKeywords(["value", "base", "nonpositive"])
    let name = try arguments.string("value", at: 0) ?? ""
    guard let scale = AxisScale(rawValue: name) else {
      throw PyException(.valueError, "'\(name)' is not a valid value for scale; supported values are 'linear', 'log'")
    }
    return scale
  }

  static func ticks(_ arguments: Arguments) throws(PyException) -> [AxisTick]? {
    try arguments.allowKeywords(["ticks", "labels", "rotation", "fontsize", "minor"])
    guard let positionsValue = try arguments.value("ticks", at: 0), !positionsValue.isNone else { return nil }
    let positions = try PlotData.values(positionsValue, "ticks", in: arguments.functionName)
    var labels = positions.map { PythonFloat.printf(".6g", $0) }
    if let labelsValue = try arguments.value("labels", at: 1), !labelsValue.isNone {
      let iterator = try arguments.interpreter.iterate(labelsValue)
      var given: [String] = []
      while let item = try iterator.next() { given.append(try arguments.interpreter.str(item)) }
      guard given.count == positions.count else {
        throw PyException(.valueError, "The number of FixedLocator locations (\(positions.count)), usually from a call to set_ticks, does not match the number of labels (\(given.count)).")
      }
      labels = given
    }
    return zip(positions, labels).map { AxisTick($0, $1) }
  }
}

extension PyValue {
  /// A list or tuple as a list (the items of either), else `self`.
  var asListLike: PyValue {
    if case .tuple(let items) = self { return .list(PyList(items)) }
    return self
  }
}
