/// A hashable wrapper around a `PyValue`, used as a `dict` key or `set` element.
///
/// Equality and hashing follow Python: `1 == 1.0 == True` hash alike; tuples hash by contents;
/// instances, functions, classes and host objects hash by identity.
/// Construct it with `PyKey(_:)`, which raises `TypeError: unhashable type: 'list'` as Python does.
/// The key computes its hash once, when made (as CPython caches a string's hash), so a constant
/// key such as `parameters["W1"]` is hashed when the code is compiled, not at each lookup.
public struct PyKey: Hashable {
  /// The wrapped value.
  public let value: PyValue
  /// The key's hash: equal keys (`1`, `1.0`, `True`) have equal hashes.
  let hash: Int

  /// Wraps a hashable value.
  ///
  /// - Throws: `TypeError` for `list`, `dict`, `set` and host objects that are not hashable.
  public init(_ value: PyValue) throws(PyException) {
    try PyKey.checkHashable(value)
    self.value = value
    self.hash = PyKey.hash(of: value)
  }

  /// Wraps a value known to be hashable (a `str`).
  public init(string: String) {
    self.value = .str(string)
    self.hash = PyKey.hash(of: string)
  }

  /// Wraps an `int` (the RNN's `x[t]`, `a[t - 1]`).
  public init(int: Int) {
    self.value = .int(int)
    self.hash = PyKey.mix(int)
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
    hasher.combine(hash)
  }

  /// The hash of a string: FNV-1a over its UTF-8 bytes, as Python compares strings by code points.
  @inline(__always)
  static func hash(of string: String) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in string.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(bitPattern: UInt(h ^ (h >> 29)))
  }

  /// Spreads an integer's bits so that consecutive integers land in different table buckets.
  @inline(__always)
  static func mix(_ x: Int) -> Int {
    var h = UInt64(bitPattern: Int64(x)) &* 0x9e37_79b9_7f4a_7c15
    h ^= h >> 32
    return Int(bitPattern: UInt(h))
  }

  static func hash(of value: PyValue) -> Int {
    switch value {
    case .none: return mix(-0x1234_5677)
    case .ellipsis: return mix(-0x1234_5678)
    case .bool(let b): return mix(b ? 1 : 0)
    case .int(let i): return mix(i)
    case .float(let d):
      if d == d.rounded(), abs(d) < 9.2e18 { return mix(Int(d)) }
      return mix(Int(bitPattern: UInt(d.bitPattern)))
    case .str(let s): return hash(of: s)
    case .tuple(let items):
      var h = mix(items.count)
      for item in items { h = mix(h ^ hash(of: item)) }
      return h
    case .function(let f): return identity(f)
    case .builtin(let f): return identity(f)
    case .type(let c): return identity(c)
    case .instance(let o): return identity(o)
    case .module(let m): return identity(m)
    case .native(let o): return identity(o)
    case .iterator(let o): return identity(o)
    case .range(let r): return identity(r)
    case .boundMethod(let m): return identity(m)
    case .list, .dict, .set, .slice: return -1
    }
  }

  private static func identity(_ object: AnyObject) -> Int {
    mix(Int(bitPattern: ObjectIdentifier(object)))
  }
}
