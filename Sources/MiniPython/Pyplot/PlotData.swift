import TextPlot

/// Reading pyplot's arguments: arrays of numbers, colours and colour maps.
enum PlotData {
  /// `value` as an array: a numpy array, a list or tuple of numbers, a range or a number.
  ///
  /// - Throws: `TypeError: plot() argument 'y' must be numbers, not str`.
  static func array(_ value: PyValue, _ name: String, in function: String) throws(PyException) -> NDArray {
    do {
      return try Numpy.array(value)
    } catch {
      throw PyException(
        .typeError, "\(function)() argument '\(name)' must be numbers (an array or a list), not \(value.typeName)")
    }
  }

  /// The elements of `value`, flattened in row-major order.
  static func values(_ value: PyValue, _ name: String, in function: String) throws(PyException) -> [Double] {
    try array(value, name, in: function).scalars
  }

  /// Whether `value` looks like data (an array, a list, a tuple, a range or a number), not a
  /// format string or a keyword.
  static func isData(_ value: PyValue) -> Bool {
    switch value {
    case .list, .tuple, .range, .int, .float, .bool: return true
    case .native(let object): return object is NDArray
    default: return false
    }
  }

  /// A colour argument: a name (`'red'`, `'r'`, `'C1'`, `'tab:blue'`, `'#1f77b4'`) or an RGB(A)
  /// tuple of numbers in `[0, 1]`.
  ///
  /// - Throws: `ValueError: 'reddish' is not a valid color value` (matplotlib's wording).
  static func color(_ value: PyValue) throws(PyException) -> TextColor {
    if case .str(let name) = value {
      if let color = TextColor(matplotlibName: name) { return color }
      throw PyException(
        .valueError, "'\(name)' is not a valid color value",
        help: "use a name such as 'red', 'tab:blue' or 'C1', a single letter (b g r c m y k w) or '#rrggbb'")
    }
    if case .tuple(let parts) = value, parts.count == 3 || parts.count == 4 {
      let channels = parts.prefix(3).compactMap(\.asDouble)
      if channels.count == 3, channels.allSatisfy({ $0 >= 0 && $0 <= 1 }) {
        func byte(_ v: Double) -> UInt8 { UInt8((v * 255).rounded()) }
        return .rgb(byte(channels[0]), byte(channels[1]), byte(channels[2]))
      }
    }
    throw PyException(.valueError, "\(value.typeName) is not a valid color value", help: "use a colour name such as 'red' or an (r, g, b) tuple of numbers in [0, 1]")
  }

  /// A `cmap=` argument: a colour map object (`plt.cm.Spectral`) or its name.
  ///
  /// - Throws: `ValueError` naming the colour maps Backprop has.
  static func colormap(_ value: PyValue) throws(PyException) -> Colormap {
    if case .native(let object) = value, let map = object as? ColormapObject { return map.colormap }
    if case .str(let name) = value {
      if let map = Colormap.named(name) { return map }
      throw PyException(
        .valueError, "'\(name)' is not a valid value for cmap; supported values are \(ColormapObject.supportedNames)")
    }
    throw PyException(.typeError, "cmap must be a colour map name or plt.cm.<name>, not \(value.typeName)")
  }
}
