import NeuralCore

/// A Python `dict`: a mutable mapping that keeps insertion order, shared by reference.
///
/// Laid out as CPython lays out its dicts: the entries sit in arrays by insertion position (a
/// removed entry leaves a `nil` key), and an open-addressing table of positions, probed
/// linearly, finds a key by the hash its `PyKey` carries. A lookup with a constant key hashes
/// nothing and makes no Swift `Dictionary` call.
public final class PyDict {
  private var keyAt: [PyValue?] = []
  private var valueAt: [PyValue] = []
  private var hashAt: [Int] = []
  /// Positions in `keyAt` by bucket; `empty` or `removed` for no entry. Its size is a power of two.
  private var table: [Int] = []
  /// Buckets holding a position or `removed` (a removed bucket still lengthens probes).
  private var used = 0
  private var live = 0

  private static let empty = -1
  private static let removed = -2

  /// Creates an empty dict.
  public init() {}

  /// Creates an empty dict with room for `capacity` entries without growing (a dict display
  /// `{"dW1": dW1, ...}`: one allocation per array instead of a growth step per entry).
  public init(capacity: Int) {
    guard capacity > 0 else { return }
    keyAt.reserveCapacity(capacity)
    valueAt.reserveCapacity(capacity)
    hashAt.reserveCapacity(capacity)
    table = PyDict.emptyTable(PyDict.tableSize(for: capacity))
  }

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
  ///
  /// Not inlined: a call site can then pass a dict it reads in place without retaining it.
  @inline(never)
  public func get(_ key: PyKey) -> PyValue? {
    let position = find(key)
    return position < 0 ? nil : valueAt[position]
  }

  /// The value stored under the string `key`, or `nil`.
  public func get(_ key: String) -> PyValue? {
    get(PyKey(string: key))
  }

  /// Stores `value` under `key`, keeping the position of an existing key.
  public func set(_ key: PyKey, _ value: consuming PyValue) {
    let position = find(key)
    if position >= 0 {
      valueAt[position] = value
      return
    }
    if (used + 1) * 3 > table.count * 2 { rebuild(capacity: max(8, live * 4)) }
    insert(position: keyAt.count, hash: key.hash)
    keyAt.append(key.value)
    valueAt.append(value)
    hashAt.append(key.hash)
    live += 1
  }

  /// Stores `value` under the string `key`.
  public func set(_ key: String, _ value: PyValue) {
    set(PyKey(string: key), value)
  }

  /// Removes `key` and returns its value, or `nil` if absent.
  @discardableResult
  public func remove(_ key: PyKey) -> PyValue? {
    guard !table.isEmpty else { return nil }
    let mask = table.count - 1
    var bucket = key.hash & mask
    while true {
      let position = table[bucket]
      if position == PyDict.empty { return nil }
      if position >= 0, hashAt[position] == key.hash, let stored = keyAt[position],
        PyKey.keysEqual(stored, key.value)
      {
        table[bucket] = PyDict.removed
        let value = valueAt[position]
        keyAt[position] = nil
        valueAt[position] = .none
        live -= 1
        if keyAt.count > 32 && live * 2 < keyAt.count { compact() }
        return value
      }
      bucket = (bucket + 1) & mask
    }
  }

  /// Removes every entry.
  public func removeAll() {
    keyAt = []
    valueAt = []
    hashAt = []
    table = []
    used = 0
    live = 0
  }

  /// The position of `key` in the entry arrays, or -1.
  @inline(__always)
  private func find(_ key: PyKey) -> Int {
    let count = table.count
    if count == 0 { return -1 }
    let mask = count - 1
    var bucket = key.hash & mask
    while true {
      let position = table[bucket]
      if position == PyDict.empty { return -1 }
      if position >= 0, hashAt[position] == key.hash, matches(position, key.value) { return position }
      bucket = (bucket + 1) & mask
    }
  }

  @inline(__always)
  private func matches(_ position: Int, _ key: PyValue) -> Bool {
    if case .str(let wanted) = key, case .str(let stored)? = keyAt[position] { return stored == wanted }
    guard let stored = keyAt[position] else { return false }
    return PyKey.keysEqual(stored, key)
  }

  /// Puts `position` in the first free bucket of `hash`'s probe sequence.
  private func insert(position: Int, hash: Int) {
    let mask = table.count - 1
    var bucket = hash & mask
    while table[bucket] >= 0 { bucket = (bucket + 1) & mask }
    if table[bucket] == PyDict.empty { used += 1 }
    table[bucket] = position
  }

  /// A new table with room for `capacity` buckets (rounded up to a power of two), without the
  /// removed markers.
  private func rebuild(capacity: Int) {
    var size = 8
    while size < capacity { size *= 2 }
    table = PyDict.emptyTable(size)
    used = 0
    for position in 0..<keyAt.count where keyAt[position] != nil {
      insert(position: position, hash: hashAt[position])
    }
  }

  /// The table size `set` keeps for `count` entries: a power of two, at least 8, at most two
  /// thirds full.
  private static func tableSize(for count: Int) -> Int {
    var size = 8
    while (count + 1) * 3 > size * 2 { size *= 2 }
    return size
  }

  /// A table of `size` empty buckets.
  private static func emptyTable(_ size: Int) -> [Int] {
    [Int](count: size) { $0.initialize(repeating: PyDict.empty) }
  }

  /// Drops the holes removed entries left in the entry arrays.
  private func compact() {
    var keys: [PyValue?] = []
    var values: [PyValue] = []
    var hashes: [Int] = []
    for position in 0..<keyAt.count where keyAt[position] != nil {
      keys.append(keyAt[position])
      values.append(valueAt[position])
      hashes.append(hashAt[position])
    }
    keyAt = keys
    valueAt = values
    hashAt = hashes
    rebuild(capacity: max(8, live * 4))
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
