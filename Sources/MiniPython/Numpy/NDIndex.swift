/// One component of a numpy subscript: `a[i]`, `a[1:5:2]`, `a[None]`, `a[...]`, `a[idx]`, `a[mask]`.
///
/// A subscript is a list of components (a Python tuple of them). Integers, slices, `newAxis` and
/// `ellipsis` select a view (basic indexing); an integer or boolean array selects a copy (advanced,
/// or "fancy", indexing), with numpy's rules for where the broadcast index dimensions go.
public enum NDIndex {
  case integer(Int)
  /// `start:stop:step`; nil parts take numpy's defaults for the sign of `step`.
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `None` / `np.newaxis`: a new axis of extent 1.
  case newAxis
  /// `...`: as many full slices as needed.
  case ellipsis
  /// An integer array (fancy index) or a boolean array (mask).
  case array(NDArray)

  /// The full slice `:`.
  public static var all: NDIndex { .slice(start: nil, stop: nil, step: nil) }

  /// The axes of the indexed array this component consumes.
  var consumedAxes: Int {
    switch self {
    case .integer, .slice: return 1
    case .newAxis, .ellipsis: return 0
    case .array(let array): return array.dtype == .bool ? max(array.ndim, 1) : 1
    }
  }

  /// Python's `slice.indices(length)`: the first index, the step and the number of elements.
  ///
  /// - Throws: `ValueError: slice step cannot be zero`.
  static func resolve(start: Int?, stop: Int?, step: Int?, length: Int) throws(NumpyError) -> (
    start: Int, step: Int, count: Int
  ) {
    let step = step ?? 1
    if step == 0 { throw .value("slice step cannot be zero") }
    func clamp(_ value: Int?, _ defaultValue: Int, low: Int, high: Int) -> Int {
      guard var value else { return defaultValue }
      if value < 0 { value += length }
      return Swift.min(Swift.max(value, low), high)
    }
    let first: Int
    let last: Int
    if step > 0 {
      first = clamp(start, 0, low: 0, high: length)
      last = clamp(stop, length, low: 0, high: length)
    } else {
      first = clamp(start, length - 1, low: -1, high: length - 1)
      last = clamp(stop, -1, low: -1, high: length - 1)
    }
    let count: Int
    if step > 0 {
      count = last > first ? (last - first + step - 1) / step : 0
    } else {
      count = first > last ? (first - last - step - 1) / (-step) : 0
    }
    return (first, step, count)
  }
}
