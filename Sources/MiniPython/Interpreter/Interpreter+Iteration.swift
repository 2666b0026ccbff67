extension Interpreter {
  /// `iter(value)`: an iterator over a list, tuple, str, dict (keys), set, range, iterator,
  /// user object with `__iter__` or `__getitem__`, or host object.
  ///
  /// - Throws: `TypeError: 'int' object is not iterable`.
  public func iterate(_ value: PyValue) throws(PyException) -> PyIterator {
    switch value {
    case .list(let list):
      var index = 0
      return PyIterator(typeName: "list_iterator") { () throws(PyException) -> PyValue? in
        guard index < list.items.count else { return nil }
        defer { index += 1 }
        return list.items[index]
      }
    case .tuple(let items): return PyIterator(typeName: "tuple_iterator", values: items)
    case .str(let s): return PyIterator(typeName: "str_iterator", values: s.map { .str(String($0)) })
    case .dict(let dict): return PyIterator(typeName: "dict_keyiterator", values: dict.keys)
    case .set(let set): return PyIterator(typeName: "set_iterator", values: set.elements)
    case .range(let range):
      var index = 0
      let count = range.count
      return PyIterator(typeName: "range_iterator") { () throws(PyException) -> PyValue? in
        guard index < count else { return nil }
        defer { index += 1 }
        return .int(range.element(at: index))
      }
    case .iterator(let iterator): return iterator
    case .instance(let object):
      if let method = object.cls.lookup("__iter__") {
        let result = try call(method, [value])
        if case .instance(let it) = result, let next = it.cls.lookup("__next__") {
          return PyIterator(typeName: it.cls.name) { [unowned self] () throws(PyException) -> PyValue? in
            do throws(PyException) {
              return try self.call(next, [result])
            } catch where error.matches(.stopIteration) {
              return nil
            }
          }
        }
        return try iterate(result)
      }
      if let getitem = object.cls.lookup("__getitem__") {
        var index = 0
        return PyIterator(typeName: "iterator") { [unowned self] () throws(PyException) -> PyValue? in
          do throws(PyException) {
            defer { index += 1 }
            return try self.call(getitem, [value, .int(index)])
          } catch where error.matches(.indexError) || error.matches(.stopIteration) {
            return nil
          }
        }
      }
    case .native(let object):
      if let iterator = try object.makeIterator(in: self) { return iterator }
    default:
      break
    }
    throw PyException(.typeError, "'\(value.typeName)' object is not iterable")
  }

  /// The elements an unpacking assignment `a, b = value` takes.
  ///
  /// - Throws: `TypeError: cannot unpack non-iterable int object`.
  func collectForUnpacking(_ value: PyValue) throws(PyException) -> [PyValue] {
    switch value {
    case .none, .ellipsis, .bool, .int, .float, .slice, .function, .boundMethod, .builtin, .type, .module:
      throw PyException(.typeError, "cannot unpack non-iterable \(value.typeName) object")
    case .instance(let object) where object.cls.lookup("__iter__") == nil && object.cls.lookup("__getitem__") == nil:
      throw PyException(.typeError, "cannot unpack non-iterable \(value.typeName) object")
    default:
      return try collect(value)
    }
  }

  /// All elements of an iterable, as `list(value)` collects them.
  public func collect(_ value: PyValue) throws(PyException) -> [PyValue] {
    switch value {
    case .list(let list): return list.items
    case .tuple(let items): return items
    case .range(let range):
      // list(range(10**10)): MemoryError at once, as CPython raises it, instead of filling memory
      // until the system stops the process.
      let (bytes, overflow) = range.count.multipliedReportingOverflow(by: MemoryLayout<PyValue>.stride)
      if overflow || bytes > ArrayAllocation.physicalBytes { throw PyException(.memoryError, "") }
      var items: [PyValue] = []
      items.reserveCapacity(range.count)
      for index in 0..<range.count { items.append(.int(range.element(at: index))) }
      return items
    default:
      let iterator = try iterate(value)
      var items: [PyValue] = []
      while let item = try iterator.next() {
        items.append(item)
      }
      return items
    }
  }

  /// `len(value)`.
  ///
  /// - Throws: `TypeError: object of type 'int' has no len()`.
  public func length(_ value: PyValue) throws(PyException) -> Int {
    switch value {
    case .str(let s): return s.count
    case .tuple(let items): return items.count
    case .list(let list): return list.items.count
    case .dict(let dict): return dict.count
    case .set(let set): return set.count
    case .range(let range): return range.count
    case .instance(let object):
      if let method = object.cls.lookup("__len__") {
        let result = try call(method, [value])
        guard let n = result.asIndex else {
          throw PyException(.typeError, "'\(result.typeName)' object cannot be interpreted as an integer")
        }
        return n
      }
    case .native(let object):
      if let n = try object.length(in: self) { return n }
    default:
      break
    }
    throw PyException(.typeError, "object of type '\(value.typeName)' has no len()")
  }
}
