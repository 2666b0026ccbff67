/// A hashable wrapper around a `PyValue`, used as a `dict` key or `set` element.
///
/// Equality and hashing follow Python: `1 == 1.0 == True` hash alike; tuples hash by contents;
/// instances, functions, classes and host objects hash by identity.
/// Construct it with `PyKey(_:)`, which raises `TypeError: unhashable type: 'list'` as Python does.
public struct PyKey: Hashable {
  /// The wrapped value.
  public let value: PyValue

  /// Wraps a hashable value.
  ///
  /// - Throws: `TypeError` for `list`, `dict`, `set` and host objects that are not hashable.
  public init(_ value: PyValue) throws(PyException) {
    try PyKey.checkHashable(value)
    self.value = value
  }

  /// Wraps a value known to be hashable (a `str`).
  public init(string: String) {
    self.value = .str(string)
  }

  private static func checkHashable(_ value: PyValue) throws(PyException) {
    switch value {
    case .list, .dict, .set, .slice:
      throw PyException(.typeError, "unhashable type: '\(value.typeName)'")
    case .tuple(let items):
      for item in items { try checkHashable(item) }
    case .native(let object):
      if !object.isHashable { throw PyException(.typeError, "unhashable type: '\(value.typeName)'") }
    default:
      break
    }
  }

  public static func == (lhs: PyKey, rhs: PyKey) -> Bool {
    keysEqual(lhs.value, rhs.value)
  }

  static func keysEqual(_ a: PyValue, _ b: PyValue) -> Bool {
    switch (a, b) {
    case (.str(let x), .str(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.tuple(let x), .tuple(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { keysEqual($0, $1) }
    case (.none, .none), (.ellipsis, .ellipsis): return true
    default:
      if let x = numeric(a), let y = numeric(b) { return x == y }
      return a.isIdentical(to: b)
    }
  }

  private static func numeric(_ value: PyValue) -> Double? {
    switch value {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  public func hash(into hasher: inout Hasher) {
    PyKey.hashValue(value, into: &hasher)
  }

  private static func hashValue(_ value: PyValue, into hasher: inout Hasher) {
    switch value {
    case .none: hasher.combine(0)
    case .ellipsis: hasher.combine(1)
    case .bool(let b): hasher.combine(b ? 1 : 0)
    case .int(let i): hasher.combine(i)
    case .float(let d):
      if d == d.rounded(), abs(d) < 9.2e18 { hasher.combine(Int(d)) } else { hasher.combine(d) }
    case .str(let s): hasher.combine(s)
    case .tuple(let items):
      hasher.combine(items.count)
      for item in items { hashValue(item, into: &hasher) }
    case .function(let f): hasher.combine(ObjectIdentifier(f))
    case .builtin(let f): hasher.combine(ObjectIdentifier(f))
    case .type(let c): hasher.combine(ObjectIdentifier(c))
    case .instance(let o): hasher.combine(ObjectIdentifier(o))
    case .module(let m): hasher.combine(ObjectIdentifier(m))
    case .native(let o): hasher.combine(ObjectIdentifier(o))
    case .iterator(let o): hasher.combine(ObjectIdentifier(o))
    case .range(let r): hasher.combine(ObjectIdentifier(r))
    case .boundMethod(let m): hasher.combine(ObjectIdentifier(m))
    case .list, .dict, .set, .slice: hasher.combine(-1)
    }
  }
}
