import TextPlot

/// A colour map as a Python value: `plt.cm.Spectral`, `plt.cm.get_cmap('gray')`, `cmap=` values.
///
/// Calling it maps a number in `[0, 1]` to an `(r, g, b, a)` tuple, as matplotlib's does.
final class ColormapObject: NativeObject {
  let colormap: Colormap

  init(_ colormap: Colormap) {
    self.colormap = colormap
  }

  var typeName: String { "matplotlib.colors.LinearSegmentedColormap" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<matplotlib.colors.LinearSegmentedColormap '\(colormap.name)'>"
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    name == "name" ? .str(colormap.name) : nil
  }

  var attributeNames: [String] { ["name"] }

  func call(_ arguments: Arguments) throws(PyException) -> PyValue? {
    try arguments.expectCount(1...1)
    let t = try Arguments.real(arguments[0])
    guard case .rgb(let r, let g, let b) = colormap.color(at: t) else { return nil }
    return .tuple([.float(Double(r) / 255), .float(Double(g) / 255), .float(Double(b) / 255), .float(1)])
  }

  /// The names `cmap=` accepts, for error messages.
  static var supportedNames: String {
    Colormap.all.map { "'\($0.name)'" }.joined(separator: ", ") + " (and each with '_r', reversed)"
  }

  /// The `matplotlib.cm` module: every named map (and its `_r` reverse) and `get_cmap(name)`.
  static func module() -> PyModule {
    var members: [String: PyValue] = [:]
    for map in Colormap.all {
      members[map.name] = .native(ColormapObject(map))
      members[map.reversed.name] = .native(ColormapObject(map.reversed))
    }
    members["get_cmap"] = .builtin(getColormap)
    return PyModule(name: "matplotlib.cm", doc: "Colour maps by name: \(supportedNames).", members: members)
  }

  /// `get_cmap(name)`: the colour map with a name (`None` for the default, viridis).
  static let getColormap = BuiltinFunction(
    name: "get_cmap", signature: "get_cmap(name=None)", doc: "The colour map with a matplotlib name: \(supportedNames)."
  ) { arguments throws(PyException) in
    guard let name = try arguments.value("name", at: 0), !name.isNone else { return .native(ColormapObject(.viridis)) }
    return .native(ColormapObject(try PlotData.colormap(name)))
  }
}
