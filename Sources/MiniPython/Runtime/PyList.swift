/// A Python `list`: a mutable sequence shared by reference.
public final class PyList {
  /// The elements, in order.
  public var items: [PyValue]

  /// Creates a list holding `items`.
  public init(_ items: [PyValue] = []) {
    self.items = items
  }

  /// The element at `index` (negative counts from the end), or nil when out of range.
  @inline(__always)
  func item(at index: Int) -> PyValue? {
    let count = items.count
    let position = index < 0 ? index + count : index
    return position >= 0 && position < count ? items[position] : nil
  }
}

/// A Python `slice` object, `start:stop:step` with any part `None`.
public final class PySlice {
  public let start: PyValue
  public let stop: PyValue
  public let step: PyValue

  /// Creates a slice from its three parts (`.none` where omitted).
  public init(start: PyValue, stop: PyValue, step: PyValue) {
    self.start = start
    self.stop = stop
    self.step = step
  }

  /// The concrete `(start, stop, step, count)` for a sequence of `length` elements (Python's `slice.indices`).
  ///
  /// - Throws: `TypeError` for non-integer parts, `ValueError` for a zero step.
  public func indices(length: Int) throws(PyException) -> (start: Int, stop: Int, step: Int, count: Int) {
    let step: Int
    if step_isNone {
      step = 1
    } else if let s = self.step.asIndex {
      step = s
    } else {
      throw PyException(.typeError, "slice indices must be integers or None or have an __index__ method")
    }
    if step == 0 { throw PyException(.valueError, "slice step cannot be zero") }
    func clamp(_ value: PyValue, _ fallback: Int) throws(PyException) -> Int {
      if value.isNone { return fallback }
      guard var i = value.asIndex else {
        throw PyException(.typeError, "slice indices must be integers or None or have an __index__ method")
      }
      if i < 0 {
        i += length
        if i < 0 { i = step < 0 ? -1 : 0 }
      } else if i >= length {
        i = step < 0 ? length - 1 : length
      }
      return i
    }
    let start = try clamp(self.start, step < 0 ? length - 1 : 0)
    let stop = try clamp(self.stop, step < 0 ? -1 : length)
    let count: Int
    if step < 0 {
      count = stop < start ? (start - stop - 1) / (-step) + 1 : 0
    } else {
      count = start < stop ? (stop - start - 1) / step + 1 : 0
    }
    return (start, stop, step, count)
  }

  private var step_isNone: Bool { step.isNone }
}

/// A Python `range` object: an immutable arithmetic sequence of ints.
public final class PyRange {
  public let start: Int
  public let stop: Int
  public let step: Int

  /// Creates `range(start, stop, step)`; `step` is non-zero (checked by the caller).
  public init(start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
  }

  /// The number of elements.
  public var count: Int {
    if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0
  }

  /// The element at position `index` (0 ≤ index < count).
  public func element(at index: Int) -> Int { start + index * step }
}

/// A Python iterator: `next()` returns the following value or `nil` when exhausted.
///
/// Generator expressions, `enumerate`, `zip`, `map`, `filter` and `iter()` produce iterators.
public final class PyIterator {
  /// The Python type name shown by `type()` and in reprs (`'enumerate'`, `'list_iterator'`).
  public let typeName: String
  private let step: () throws(PyException) -> PyValue?

  /// Creates an iterator from a step function.
  public init(typeName: String, _ step: @escaping () throws(PyException) -> PyValue?) {
    self.typeName = typeName
    self.step = step
  }

  /// Creates an iterator over an array of values.
  public convenience init(typeName: String = "list_iterator", values: [PyValue]) {
    var index = 0
    self.init(typeName: typeName) { () throws(PyException) -> PyValue? in
      guard index < values.count else { return nil }
      defer { index += 1 }
      return values[index]
    }
  }

  /// The next value, or `nil` when the iterator is exhausted.
  public func next() throws(PyException) -> PyValue? {
    try step()
  }
}
