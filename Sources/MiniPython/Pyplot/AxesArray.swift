/// The axes `plt.subplots(rows, columns)` returns: a 1-D or 2-D array of `Axes` objects, indexed
/// like numpy's object array (`axes[0]`, `axes[1, 2]`, `axes.flat`, `axes.ravel()`).
final class AxesArray: NativeObject {
  /// The axes row by row.
  let items: [PyValue]
  /// `[n]` or `[rows, columns]`.
  let shape: [Int]

  init(items: [PyValue], shape: [Int]) {
    self.items = items
    self.shape = shape
  }

  var typeName: String { "numpy.ndarray" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "array of \(items.count) Axes, shape \(shapeText(shape))"
  }

  func length(in interpreter: Interpreter) throws(PyException) -> Int? { shape[0] }

  func makeIterator(in interpreter: Interpreter) throws(PyException) -> PyIterator? {
    guard shape.count == 2 else { return PyIterator(values: items) }
    return PyIterator(values: (0..<shape[0]).map(row))
  }

  func item(at key: PyValue, in interpreter: Interpreter) throws(PyException) -> PyValue {
    func position(_ value: PyValue, _ axis: Int) throws(PyException) -> Int {
      guard let i = value.asIndex else {
        throw PyException(.typeError, "axes arrays are indexed by integers here (axes[0] or axes[0, 1]), not \(value.typeName)")
      }
      let n = shape[axis]
      guard i >= -n && i < n else {
        throw PyException(.indexError, "index \(i) is out of bounds for axis \(axis) with size \(n)")
      }
      return i < 0 ? i + n : i
    }
    if case .tuple(let parts) = key {
      guard parts.count == shape.count else {
        throw PyException(.indexError, "too many indices for array: array is \(shape.count)-dimensional, but \(parts.count) were indexed")
      }
      return shape.count == 1 ? items[try position(parts[0], 0)] : items[try position(parts[0], 0) * shape[1] + (try position(parts[1], 1))]
    }
    let i = try position(key, 0)
    return shape.count == 1 ? items[i] : row(i)
  }

  /// Row `i` of a 2-D array, as a 1-D array.
  private func row(_ i: Int) -> PyValue {
    .native(AxesArray(items: Array(items[(i * shape[1])..<((i + 1) * shape[1])]), shape: [shape[1]]))
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    let flat = AxesArray(items: items, shape: [items.count])
    switch name {
    case "flat": return .native(flat)
    case "shape": return .tuple(shape.map { .int($0) })
    case "size": return .int(items.count)
    case "ndim": return .int(shape.count)
    case "ravel", "flatten":
      return .builtin(BuiltinFunction(name: name, signature: "\(name)()", doc: "The axes as a 1-D array.") { _ throws(PyException) in .native(flat) })
    default: return nil
    }
  }

  var attributeNames: [String] { ["flat", "flatten", "ndim", "ravel", "shape", "size"] }
}
