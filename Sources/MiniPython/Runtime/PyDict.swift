/// A Python `dict`: a mutable mapping that keeps insertion order, shared by reference.
public final class PyDict {
  // Keys and values sit in two arrays by insertion position (a removed entry leaves a `nil` key),
  // so reading a value copies only the value.
  private var keyAt: [PyValue?] = []
  private var valueAt: [PyValue] = []
  private var index: [PyKey: Int] = [:]
  private var live = 0

  /// Creates an empty dict.
  public init() {}

  /// The number of entries.
  public var count: Int { live }

  /// The entries in insertion order.
  public var entries: [(key: PyValue, value: PyValue)] {
    var result: [(key: PyValue, value: PyValue)] = []
    result.reserveCapacity(live)
    for position in 0..<keyAt.count {
      if let key = keyAt[position] { result.append((key, valueAt[position])) }
    }
    return result
  }

  /// The keys in insertion order.
  public var keys: [PyValue] { keyAt.compactMap { $0 } }

  /// The value stored under `key`, or `nil`.
  public func get(_ key: PyKey) -> PyValue? {
    guard let position = index[key] else { return nil }
    return valueAt[position]
  }

  /// The value stored under the string `key`, or `nil`.
  public func get(_ key: String) -> PyValue? {
    get(PyKey(string: key))
  }

  /// Stores `value` under `key`, keeping the position of an existing key.
  public func set(_ key: PyKey, _ value: PyValue) {
    if let position = index[key] {
      valueAt[position] = value
    } else {
      index[key] = keyAt.count
      keyAt.append(key.value)
      valueAt.append(value)
      live += 1
    }
  }

  /// Stores `value` under the string `key`.
  public func set(_ key: String, _ value: PyValue) {
    set(PyKey(string: key), value)
  }

  /// Removes `key` and returns its value, or `nil` if absent.
  @discardableResult
  public func remove(_ key: PyKey) -> PyValue? {
    guard let position = index.removeValue(forKey: key) else { return nil }
    let value = valueAt[position]
    keyAt[position] = nil
    valueAt[position] = .none
    live -= 1
    if keyAt.count > 32 && live * 2 < keyAt.count { compact() }
    return value
  }

  /// Removes every entry.
  public func removeAll() {
    keyAt = []
    valueAt = []
    index = [:]
    live = 0
  }

  private func compact() {
    let kept = entries
    keyAt = kept.map(\.key)
    valueAt = kept.map(\.value)
    index = [:]
    for (position, entry) in kept.enumerated() {
      // Keys already stored were hashable when inserted.
      if let key = try? PyKey(entry.key) { index[key] = position }
    }
  }
}

/// A Python `set`: a mutable collection of distinct hashable values, shared by reference.
///
/// Iteration follows insertion order (CPython's order depends on hashes; scripts that print a
/// set should sort it).
public final class PySet {
  private var order: [PyKey?] = []
  private var index: [PyKey: Int] = [:]

  /// Creates an empty set.
  public init() {}

  /// The number of elements.
  public var count: Int { index.count }

  /// The elements in insertion order.
  public var elements: [PyValue] { order.compactMap { $0?.value } }

  /// Whether `key` is an element.
  public func contains(_ key: PyKey) -> Bool { index[key] != nil }

  /// Adds `key` if absent.
  public func insert(_ key: PyKey) {
    if index[key] == nil {
      index[key] = order.count
      order.append(key)
    }
  }

  /// Removes `key`; returns whether it was present.
  @discardableResult
  public func remove(_ key: PyKey) -> Bool {
    guard let position = index.removeValue(forKey: key) else { return false }
    order[position] = nil
    return true
  }
}
