extension RandomState {
  /// An integer in `[low, high)`, as numpy's legacy `randint(low, high)` with the default `int64` dtype.
  ///
  /// numpy draws by masked rejection: with `range = high - 1 - low` and `mask` the smallest
  /// `2ᵏ - 1 ≥ range`, it draws `w & mask` until the result is `≤ range`, and returns `low + w`.
  /// The draws are 32-bit words when `range` fits in 32 bits, else 64-bit draws.
  ///
  /// - Throws: `RandomStateError.emptyRange` when `low >= high`.
  public mutating func randint(low: Int, high: Int) throws(RandomStateError) -> Int {
    guard low < high else { throw .emptyRange(low: low, high: high) }
    return boundedInteger(offset: low, range: UInt64(bitPattern: Int64(high &- 1 &- low)))
  }

  /// `count` integers in `[low, high)`, in numpy's order (`randint(low, high, size=count)`).
  ///
  /// - Throws: `RandomStateError.emptyRange` when `low >= high` and `count > 0`;
  ///   `RandomStateError.negativeCount` when `count < 0`.
  public mutating func randint(low: Int, high: Int, count: Int) throws(RandomStateError) -> [Int] {
    guard count >= 0 else { throw .negativeCount(count) }
    guard count > 0 else { return [] }
    guard low < high else { throw .emptyRange(low: low, high: high) }
    let range = UInt64(bitPattern: Int64(high &- 1 &- low))
    return (0..<count).map { _ in boundedInteger(offset: low, range: range) }
  }

  /// An integer in `0...max`, as numpy's `random_interval` (used by `shuffle` and `permutation`).
  ///
  /// Masked rejection like `randint`, 32-bit words when `max` fits in 32 bits.
  public mutating func interval(_ max: UInt64) -> UInt64 {
    guard max != 0 else { return 0 }
    let mask = RandomState.mask(covering: max)
    var value: UInt64
    if max <= UInt64(UInt32.max) {
      repeat { value = UInt64(nextUInt32()) & mask } while value > max
    } else {
      repeat { value = nextUInt64() & mask } while value > max
    }
    return value
  }

  /// `offset + w` with `w` uniform in `0...range`: numpy's `random_bounded_uint64_fill`, masked.
  ///
  /// Its special cases (`range` of 0, `2³² - 1` or `2⁶⁴ - 1`) draw exactly what `interval` draws.
  private mutating func boundedInteger(offset: Int, range: UInt64) -> Int {
    Int(truncatingIfNeeded: UInt64(bitPattern: Int64(offset)) &+ interval(range))
  }

  /// The smallest `2ᵏ - 1` that is at least `value`.
  static func mask(covering value: UInt64) -> UInt64 {
    var mask = value
    for shift in [1, 2, 4, 8, 16, 32] as [UInt64] { mask |= mask >> shift }
    return mask
  }
}
