/// A stable merge sort whose comparison may raise (Python's `sorted` on mixed types).
enum Sorting {
  static func sort(
    _ items: inout [PyValue], by less: (PyValue, PyValue) throws(PyException) -> Bool
  ) throws(PyException) {
    guard items.count > 1 else { return }
    var buffer = items
    try mergeSort(&items, &buffer, 0, items.count, less)
  }

  private static func mergeSort(
    _ items: inout [PyValue], _ buffer: inout [PyValue], _ low: Int, _ high: Int,
    _ less: (PyValue, PyValue) throws(PyException) -> Bool
  ) throws(PyException) {
    if high - low < 2 { return }
    if high - low <= 8 {
      for i in (low + 1)..<high {
        let item = items[i]
        var j = i
        while j > low, try less(item, items[j - 1]) {
          items[j] = items[j - 1]
          j -= 1
        }
        items[j] = item
      }
      return
    }
    let middle = (low + high) / 2
    try mergeSort(&items, &buffer, low, middle, less)
    try mergeSort(&items, &buffer, middle, high, less)
    var i = low
    var j = middle
    var k = low
    while i < middle && j < high {
      if try less(items[j], items[i]) {
        buffer[k] = items[j]
        j += 1
      } else {
        buffer[k] = items[i]
        i += 1
      }
      k += 1
    }
    while i < middle {
      buffer[k] = items[i]
      i += 1
      k += 1
    }
    while j < high {
      buffer[k] = items[j]
      j += 1
      k += 1
    }
    for index in low..<high { items[index] = buffer[index] }
  }

  /// Sorts with Python's `key=` and `reverse=` (stable in both directions).
  static func sorted(
    _ values: [PyValue], key: PyValue?, reverse: Bool, interpreter: Interpreter
  ) throws(PyException) -> [PyValue] {
    if let key, !key.isNone {
      var pairs: [PyValue] = []
      for value in values { pairs.append(.tuple([try interpreter.call(key, [value]), value])) }
      try sort(&pairs) { (a, b) throws(PyException) -> Bool in
        guard case .tuple(let x) = a, case .tuple(let y) = b else { return false }
        return reverse ? try interpreter.lessThan(y[0], x[0]) : try interpreter.lessThan(x[0], y[0])
      }
      return pairs.map { pair in
        if case .tuple(let items) = pair { return items[1] }
        return pair
      }
    }
    var items = values
    try sort(&items) { (a, b) throws(PyException) -> Bool in
      reverse ? try interpreter.lessThan(b, a) : try interpreter.lessThan(a, b)
    }
    return items
  }
}
