/// numpy's scalar attributes on Python numbers: `np.sum(dZ).dtype`, `cost.shape == ()`.
///
/// numpy returns `np.float64` / `np.int64` / `np.bool_` scalars from reductions and element
/// reads; they are subclasses of Python's `float` / `int` (`isinstance(cost, float)` holds) that
/// also carry the array attributes of a 0-d array. Backprop returns plain Python numbers instead
/// (`.float`, `.int`, `.bool`: no allocation, the interpreter's fast arithmetic paths), and an
/// attribute Python's number does not have is looked up on the equivalent 0-d array, so the
/// course's `assert(db.dtype == float)`, `cost.shape == ()` and `x.item()` behave as in numpy.
/// The price: a Python number written in the script also answers `.shape` (CPython raises
/// AttributeError there).
extension NDArray {
  /// The attribute `name` of the 0-d array equal to `value` (a float, int or bool), or nil.
  static func scalarAttribute(of value: PyValue, _ name: String, in interpreter: Interpreter)
    throws(PyException) -> PyValue?
  {
    let scalar: NDArray
    switch value {
    case .float(let d): scalar = NDArray(scalar: d, dtype: .float64)
    case .int(let i): scalar = NDArray(scalar: Double(i), dtype: .int64)
    case .bool(let b): scalar = NDArray(scalar: b ? 1 : 0, dtype: .bool)
    default: return nil
    }
    return try scalar.attribute(name, in: interpreter)
  }
}
