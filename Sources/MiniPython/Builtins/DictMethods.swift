/// The methods of `dict`.
enum DictMethods {
  static let names = [
    "clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
  ]

  static func call(_ name: String, _ dict: PyDict, _ a: Arguments) throws(PyException) -> PyValue? {
    switch name {
    case "get":
      try a.expectCount(1...2)
      return dict.get(try PyKey(a[0])) ?? (a.count > 1 ? a[1] : PyValue.none)
    case "keys":
      try a.expectCount(0...0)
      return .native(DictView(kind: .keys, dict: dict))
    case "values":
      try a.expectCount(0...0)
      return .native(DictView(kind: .values, dict: dict))
    case "items":
      try a.expectCount(0...0)
      return .native(DictView(kind: .items, dict: dict))
    case "pop":
      try a.expectCount(1...2)
      if let value = dict.remove(try PyKey(a[0])) { return value }
      if a.count > 1 { return a[1] }
      throw PyException(keyError: a[0])
    case "popitem":
      guard let last = dict.entries.last else {
        throw PyException(keyError: .str("popitem(): dictionary is empty"))
      }
      dict.remove(try PyKey(last.key))
      return .tuple([last.key, last.value])
    case "setdefault":
      try a.expectCount(1...2)
      let key = try PyKey(a[0])
      if let value = dict.get(key) { return value }
      let value = a.count > 1 ? a[1] : PyValue.none
      dict.set(key, value)
      return value
    case "update":
      try a.expectCount(0...1)
      if a.count == 1 { try update(dict, from: a[0], a.interpreter) }
      for (key, value) in a.keywords { dict.set(key, value) }
      return PyValue.none
    case "copy":
      let copy = PyDict()
      for (key, value) in dict.entries { copy.set(try PyKey(key), value) }
      return .dict(copy)
    case "clear":
      dict.removeAll()
      return PyValue.none
    default:
      return nil
    }
  }

  /// `dict.update(other)`: from a dict or an iterable of pairs.
  static func update(_ dict: PyDict, from source: PyValue, _ interpreter: Interpreter) throws(PyException) {
    if case .dict(let other) = source {
      for (key, value) in other.entries { dict.set(try PyKey(key), value) }
      return
    }
    for (index, pair) in try interpreter.collect(source).enumerated() {
      let items = try interpreter.collect(pair)
      guard items.count == 2 else {
        throw PyException(
          .valueError,
          "dictionary update sequence element #\(index) has length \(items.count); 2 is required")
      }
      dict.set(try PyKey(items[0]), items[1])
    }
  }
}

/// `dict.keys()`, `.values()`, `.items()`: live views printed as `dict_keys([...])`.
final class DictView: NativeObject {
  enum Kind: String {
    case keys, values, items
  }
  let kind: Kind
  let dict: PyDict

  init(kind: Kind, dict: PyDict) {
    self.kind = kind
    self.dict = dict
  }

  var typeName: String { "dict_" + kind.rawValue }

  var elements: [PyValue] {
    switch kind {
    case .keys: return dict.keys
    case .values: return dict.entries.map(\.value)
    case .items: return dict.entries.map { .tuple([$0.key, $0.value]) }
    }
  }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    typeName + "(" + (try interpreter.repr(.list(PyList(elements)))) + ")"
  }

  func length(in interpreter: Interpreter) throws(PyException) -> Int? { dict.count }

  func makeIterator(in interpreter: Interpreter) throws(PyException) -> PyIterator? {
    PyIterator(typeName: "dict_" + (kind == .values ? "value" : kind == .items ? "item" : "key") + "iterator", values: elements)
  }

  func contains(_ value: PyValue, in interpreter: Interpreter) throws(PyException) -> Bool? {
    if kind == .keys { return dict.get(try PyKey(value)) != nil }
    return nil
  }

  func truthValue(in interpreter: Interpreter) throws(PyException) -> Bool { dict.count > 0 }

  var isHashable: Bool { false }
}
