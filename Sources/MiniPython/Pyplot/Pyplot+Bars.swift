import TextPlot

/// `hist` and `bar`: counts and heights as bars.
extension AxesOperation {
  static var bars: [AxesOperation] {
    [
    AxesOperation(
      "hist", "(x, bins=10, range=None, density=False, color=None, label='')",
      "Counts x (flattened if it is (N, 1) or (1, N)) into `bins` equal-width bins (a number, or\nevenly spaced edges) over `range` or the data's span, as np.histogram does, and draws them\nas bars. density=True divides by N * bin width. Returns (counts, edges, patches).\nalpha, edgecolor, histtype and rwidth are accepted and ignored (cosmetic).",
      hist),
    AxesOperation(
      "bar", "(x, height, width=0.8, color=None, label='')",
      "Draws bars of `height` centred at x (numbers, or strings naming categories 0, 1, 2, ...).\nalpha, edgecolor and align='center' are accepted; other alignments are not supported.",
      bar),
    ]
  }

  static func hist(_ arguments: Arguments, on axes: inout Axes) throws(PyException) -> PyValue {
    try arguments.allowKeywords([
      "x", "bins", "range", "density", "color", "label", "alpha", "edgecolor", "ec", "histtype", "rwidth",
      "facecolor", "zorder",
    ])
    let data = try PlotData.array(try arguments.required("x", at: 0), "x", in: "hist")
    guard data.shape.filter({ $0 != 1 }).count <= 1 else {
      throw PyException(
        .valueError, "hist() of a \(shapeText(data.shape)) array draws one histogram per column, which is not supported",
        help: "flatten it to count every value: plt.hist(W.ravel())")
    }
    let values = data.scalars
    var binCount = 10
    var range: ClosedRange<Double>? = nil
    if let rangeValue = try arguments.value("range", at: 2), !rangeValue.isNone {
      let bounds = try PlotData.values(rangeValue, "range", in: "hist")
      guard bounds.count == 2, bounds[0] <= bounds[1] else {
        throw PyException(.valueError, "hist(range=) must be (low, high) with low <= high")
      }
      range = bounds[0]...bounds[1]
    }
    if let bins = try arguments.value("bins", at: 1), !bins.isNone {
      if let count = bins.asIndex {
        guard count >= 1 else { throw PyException(.valueError, "`bins` must be positive, when an integer") }
        binCount = count
      } else if case .str(let name) = bins {
        throw PyException(.valueError, "hist(bins='\(name)') is not supported; pass a number of bins or the edges")
      } else {
        let edges = try PlotData.values(bins, "bins", in: "hist")
        let steps = zip(edges.dropFirst(), edges).map { $0 - $1 }
        guard edges.count >= 2, let step = steps.first, step > 0,
          steps.allSatisfy({ abs($0 - step) <= 1e-9 * max(1, abs(step)) })
        else {
          throw PyException(.valueError, "hist(bins=edges) needs increasing, evenly spaced edges here",
            help: "for example bins=np.linspace(-1, 1, 21), or a number of bins")
        }
        binCount = edges.count - 1
        range = edges[0]...edges[edges.count - 1]
      }
    }
    let (edges, counts) = Histogram(values: values, binCount: binCount, range: range).bins
    let width = edges[1] - edges[0]
    var heights = counts.map(Double.init)
    if try arguments.bool("density", default: false) {
      let total = heights.reduce(0, +)
      heights = heights.map { total > 0 ? $0 / (total * width) : 0 }
    }
    let color = try arguments.value("color").flatMap { v throws(PyException) in v.isNone ? nil : try PlotData.color(v) }
    axes.bar(
      x: (0..<counts.count).map { (edges[$0] + edges[$0 + 1]) / 2 }, heights: heights, width: width,
      label: try arguments.string("label") ?? "", color: color)
    return .tuple([
      .native(NDArray(shape: [heights.count], scalars: heights)),
      .native(NDArray(shape: [edges.count], scalars: edges)),
      .list(PyList()),
    ])
  }

  static func bar(_ arguments: Arguments, on axes: inout Axes) throws(PyException) -> PyValue {
    try arguments.allowKeywords(["x", "height", "width", "color", "label", "alpha", "edgecolor", "align", "tick_label", "zorder"])
    let xValue = try arguments.required("x", at: 0)
    let heights = try PlotData.values(try arguments.required("height", at: 1), "height", in: "bar")
    var x: [Double]
    var categories: [String]? = nil
    if case .list(let list) = xValue, !list.items.isEmpty, list.items.allSatisfy({ $0.asString != nil }) {
      let names = list.items.compactMap(\.asString)
      categories = names
      x = names.indices.map(Double.init)
    } else {
      x = try PlotData.values(xValue, "x", in: "bar")
    }
    if x.count == 1 && heights.count > 1 { x = Array(repeating: x[0], count: heights.count) }
    guard x.count == heights.count else {
      throw PyException(.valueError, "shape mismatch: objects cannot be broadcast to a single shape: x has \(x.count) values, height \(heights.count)")
    }
    let width = try arguments.double("width", at: 2, default: 0.8)
    if let align = try arguments.string("align"), align != "center" {
      throw PyException(.valueError, "bar(align='\(align)') is not supported; bars are centred on x")
    }
    let color = try arguments.value("color").flatMap { v throws(PyException) in v.isNone ? nil : try PlotData.color(v) }
    axes.bar(x: x, heights: heights, width: width, label: try arguments.string("label") ?? "", color: color)
    if let tickValue = try arguments.value("tick_label"), case .list(let list) = tickValue {
      categories = list.items.map { $0.asString ?? "" }
    }
    if let categories {
      axes.xTicks = zip(x, categories).map { AxisTick($0, $1) }
    }
    return .native(PlotArtist(typeName: "matplotlib.container.BarContainer"))
  }
}
