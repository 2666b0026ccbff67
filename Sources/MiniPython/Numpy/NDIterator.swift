/// `np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])`: a cursor over every element in
/// row-major order, as cs231n's numerical gradient uses it:
///
/// ```python
/// it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
/// while not it.finished:
///     ix = it.multi_index
///     ...
///     it.iternext()
/// ```
public final class NDIterator {
  public let array: NDArray
  /// The position of the current element.
  public private(set) var multiIndex: [Int]
  /// Whether the cursor has passed the last element.
  public private(set) var isFinished: Bool
  /// Whether writes through `current` are allowed (`op_flags=['readwrite']` or `['writeonly']`).
  public let isWritable: Bool

  public init(_ array: NDArray, writable: Bool = false) {
    self.array = array
    self.multiIndex = Array(repeating: 0, count: array.ndim)
    self.isFinished = array.count == 0
    self.isWritable = writable
  }

  /// `it.iternext()`: moves to the next element; false once finished.
  @discardableResult
  public func advance() -> Bool {
    if isFinished { return false }
    var axis = array.ndim - 1
    while axis >= 0 {
      multiIndex[axis] += 1
      if multiIndex[axis] < array.shape[axis] { return true }
      multiIndex[axis] = 0
      axis -= 1
    }
    isFinished = true
    return false
  }

  /// The current element as a 0-d view (`it[0]`, or each item of `for v in np.nditer(x)`).
  public var current: NDArray {
    let offset = zip(multiIndex, array.strides).reduce(array.offset) { $0 + $1.0 * $1.1 }
    return array.view(shape: [], strides: [], offset: offset)
  }
}
