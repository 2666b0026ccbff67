extension Interpreter {
  /// `container[key]`.
  public func item(_ container: PyValue, _ key: PyValue) throws(PyException) -> PyValue {
    switch container {
    case .list(let list):
      if case .int(let i) = key {
        let index = i < 0 ? i + list.items.count : i
        guard index >= 0 && index < list.items.count else {
          throw PyException(.indexError, "list index out of range")
        }
        return list.items[index]
      }
      return .list(PyList(try slice(list.items, key, "list")))
    case .tuple(let items):
      if case .int(let i) = key {
        let index = i < 0 ? i + items.count : i
        guard index >= 0 && index < items.count else {
          throw PyException(.indexError, "tuple index out of range")
        }
        return items[index]
      }
      return .tuple(try slice(items, key, "tuple"))
    case .dict(let dict):
      if let value = dict.get(try PyKey(key)) { return value }
      throw PyException(keyError: key)
    case .str(let s):
      let characters = Array(s)
      if let i = key.asIndex, !Interpreter.isSlice(key) {
        let index = i < 0 ? i + characters.count : i
        guard index >= 0 && index < characters.count else {
          throw PyException(.indexError, "string index out of range")
        }
        return .str(String(characters[index]))
      }
      guard case .slice(let slice) = key else {
        throw PyException(.typeError, "string indices must be integers, not '\(key.typeName)'")
      }
      let (start, _, step, count) = try slice.indices(length: characters.count)
      var out = ""
      for k in 0..<count { out.append(characters[start + k * step]) }
      return .str(out)
    case .range(let range):
      if let i = key.asIndex, !Interpreter.isSlice(key) {
        let index = i < 0 ? i + range.count : i
        guard index >= 0 && index < range.count else {
          throw PyException(.indexError, "range object index out of range")
        }
        return .int(range.element(at: index))
      }
      var items: [PyValue] = []
      for k in 0..<range.count { items.append(.int(range.element(at: k))) }
      return .list(PyList(try slice(items, key, "range")))
    case .instance(let object):
      if let method = object.cls.lookup("__getitem__") { return try call(method, [container, key]) }
    case .native(let object):
      return try object.item(at: key, in: self)
    default:
      break
    }
    throw PyException(.typeError, "'\(container.typeName)' object is not subscriptable")
  }

  private static func isSlice(_ key: PyValue) -> Bool {
    if case .slice = key { return true }
    return false
  }

  private func slice(_ items: [PyValue], _ key: PyValue, _ kind: String) throws(PyException) -> [PyValue] {
    if let i = key.asIndex {
      let index = i < 0 ? i + items.count : i
      guard index >= 0 && index < items.count else {
        throw PyException(.indexError, "\(kind) index out of range")
      }
      return [items[index]]
    }
    guard case .slice(let slice) = key else {
      throw PyException(.typeError, "\(kind) indices must be integers or slices, not \(key.typeName)")
    }
    let (start, _, step, count) = try slice.indices(length: items.count)
    if step == 1 { return Array(items[start..<(start + count)]) }
    var out: [PyValue] = []
    out.reserveCapacity(count)
    for k in 0..<count { out.append(items[start + k * step]) }
    return out
  }

  /// `container[key] = value`.
  public func setItem(_ container: PyValue, _ key: PyValue, _ value: PyValue) throws(PyException) {
    switch container {
    case .list(let list):
      if let i = key.asIndex, !Interpreter.isSlice(key) {
        let index = i < 0 ? i + list.items.count : i
        guard index >= 0 && index < list.items.count else {
          throw PyException(.indexError, "list assignment index out of range")
        }
        list.items[index] = value
        return
      }
      guard case .slice(let slice) = key else {
        throw PyException(.typeError, "list indices must be integers or slices, not \(key.typeName)")
      }
      let newItems = try collect(value)
      let (start, stop, step, count) = try slice.indices(length: list.items.count)
      if step == 1 {
        list.items.replaceSubrange(start..<max(start, stop), with: newItems)
      } else {
        guard newItems.count == count else {
          throw PyException(
            .valueError,
            "attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
        }
        for k in 0..<count { list.items[start + k * step] = newItems[k] }
      }
      return
    case .dict(let dict):
      dict.set(try PyKey(key), value)
      return
    case .instance(let object):
      if let method = object.cls.lookup("__setitem__") {
        _ = try call(method, [container, key, value])
        return
      }
    case .native(let object):
      try object.setItem(at: key, to: value, in: self)
      return
    default:
      break
    }
    throw PyException(.typeError, "'\(container.typeName)' object does not support item assignment")
  }

  /// `del container[key]`.
  func deleteItem(_ container: PyValue, _ key: PyValue) throws(PyException) {
    switch container {
    case .list(let list):
      if let i = key.asIndex, !Interpreter.isSlice(key) {
        let index = i < 0 ? i + list.items.count : i
        guard index >= 0 && index < list.items.count else {
          throw PyException(.indexError, "list assignment index out of range")
        }
        list.items.remove(at: index)
        return
      }
      guard case .slice(let slice) = key else {
        throw PyException(.typeError, "list indices must be integers or slices, not \(key.typeName)")
      }
      let (start, _, step, count) = try slice.indices(length: list.items.count)
      let doomed = Set((0..<count).map { start + $0 * step })
      list.items = list.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
      return
    case .dict(let dict):
      if dict.remove(try PyKey(key)) == nil { throw PyException(keyError: key) }
      return
    case .instance(let object):
      if let method = object.cls.lookup("__delitem__") {
        _ = try call(method, [container, key])
        return
      }
    default:
      break
    }
    throw PyException(.typeError, "'\(container.typeName)' object does not support item deletion")
  }

  /// `item in container`.
  public func contains(_ container: PyValue, _ item: PyValue) throws(PyException) -> Bool {
    switch container {
    case .list(let list):
      for element in list.items where try isSame(element, item) { return true }
      return false
    case .tuple(let items):
      for element in items where try isSame(element, item) { return true }
      return false
    case .str(let s):
      guard case .str(let part) = item else {
        throw PyException(
          .typeError, "'in <string>' requires string as left operand, not \(item.typeName)")
      }
      return part.isEmpty || s.contains(part)
    case .dict(let dict): return dict.get(try PyKey(item)) != nil
    case .set(let set): return set.contains(try PyKey(item))
    case .range(let range):
      guard case .int(let i) = item else { break }
      let offset = i - range.start
      return offset % range.step == 0 && (0..<range.count).contains(offset / range.step)
    case .instance(let object):
      if let method = object.cls.lookup("__contains__") {
        return try truthy(try call(method, [container, item]))
      }
    case .native(let object):
      if let found = try object.contains(item, in: self) { return found }
    default:
      break
    }
    let iterator = try iterate(container)
    while let element = try iterator.next() {
      if try isSame(element, item) { return true }
    }
    return false
  }

  /// Python's containment test: identity, then equality.
  private func isSame(_ element: PyValue, _ item: PyValue) throws(PyException) -> Bool {
    if element.isIdentical(to: item) { return true }
    return try equals(element, item)
  }
}
