/// numpy's legacy random generator (`np.random.RandomState`), reproduced bit for bit.
///
/// The bits come from the Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998): 624 words
/// of state, twisted in place every 624 draws, each output word tempered. On top of it the
/// extensions reproduce numpy's legacy algorithms, so that after `np.random.seed(n)` a lesson's
/// `np.random.randn(2, 3)` gives the same numbers here as in numpy:
///
/// | numpy | here |
/// |---|---|
/// | `seed(n)` | `init(seed:)`, `seed(_:)` |
/// | `random_sample`, `rand` | `randomSample()`, `rand(shape:)` |
/// | `randn`, `standard_normal`, `normal` | `standardNormal()`, `randn(shape:)`, `normal(loc:scale:)` |
/// | `uniform` | `uniform(low:high:)` |
/// | `randint` | `randint(low:high:)` |
/// | `shuffle`, `permutation` | `shuffle(_:)`, `permutation(_:)` |
/// | `choice` | `choice(_:count:replace:p:)` |
/// | `get_state`, `set_state` | `state` |
///
/// As a `RandomNumberGenerator`, `next()` returns numpy's 64-bit draw (two words, the first one high).
///
/// References: M. Matsumoto and T. Nishimura, "Mersenne Twister: a 623-dimensionally
/// equidistributed uniform pseudo-random number generator", ACM TOMACS 8(1), 1998.
public struct RandomState: Sendable {
  /// The number of 32-bit words of state.
  public static let stateSize = 624

  /// The 624 words of state (numpy's `key`).
  var key: [UInt32]
  /// The index of the next word to temper; 624 means a twist is due (numpy's `pos`).
  var position: Int
  /// The second value of the last polar Box-Muller pair, when one is waiting (numpy's `has_gauss`).
  var cachedGaussian: Double?

  /// Creates a generator seeded like `np.random.RandomState(seed)` / `np.random.seed(seed)`.
  public init(seed: UInt32 = 0) {
    key = Array(repeating: 0, count: RandomState.stateSize)
    position = RandomState.stateSize
    cachedGaussian = nil
    self.seed(seed)
  }

  /// Creates a generator from a seed that a learner typed, which numpy accepts in `0...2**32 - 1`.
  ///
  /// - Throws: `RandomStateError.seedOutOfRange` for a negative seed or one above `2**32 - 1`.
  public init(validatingSeed seed: Int) throws(RandomStateError) {
    guard seed >= 0, seed <= Int(UInt32.max) else { throw .seedOutOfRange(seed) }
    self.init(seed: UInt32(seed))
  }

  /// Creates a generator seeded by an array, like `np.random.seed([k0, k1, ...])`.
  public init(seedKeys keys: [UInt32]) {
    self.init()
    seed(keys: keys)
  }

  /// Reseeds from one integer: Knuth's linear initialisation (`init_genrand`), as numpy's legacy seeding.
  ///
  /// `key[0] = s`, `key[i] = 1812433253 · (key[i-1] ^ (key[i-1] >> 30)) + i` (mod 2³²).
  public mutating func seed(_ seed: UInt32) {
    var value = seed
    for index in 0..<RandomState.stateSize {
      key[index] = value
      value = 1_812_433_253 &* (value ^ (value >> 30)) &+ UInt32(index + 1)
    }
    position = RandomState.stateSize
    cachedGaussian = nil
  }

  /// Reseeds from an array of words (`init_by_array`), as numpy does for `seed([...])`.
  ///
  /// - Precondition: `keys` is not empty.
  public mutating func seed(keys: [UInt32]) {
    precondition(!keys.isEmpty, "seed(keys:) needs at least one key")
    seed(19_650_218)
    let n = RandomState.stateSize
    var i = 1
    var j = 0
    for _ in 0..<max(n, keys.count) {
      let previous = key[i - 1] ^ (key[i - 1] >> 30)
      key[i] = (key[i] ^ (previous &* 1_664_525)) &+ keys[j] &+ UInt32(truncatingIfNeeded: j)
      i += 1
      j += 1
      if i >= n {
        key[0] = key[n - 1]
        i = 1
      }
      if j >= keys.count { j = 0 }
    }
    for _ in 0..<(n - 1) {
      let previous = key[i - 1] ^ (key[i - 1] >> 30)
      key[i] = (key[i] ^ (previous &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= n {
        key[0] = key[n - 1]
        i = 1
      }
    }
    key[0] = 0x8000_0000
    position = n
    cachedGaussian = nil
  }

  /// The next 32-bit word: MT19937's tempered output.
  public mutating func nextUInt32() -> UInt32 {
    if position == RandomState.stateSize { twist() }
    var y = key[position]
    position += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// The next 64-bit word: two 32-bit words, the first one in the high half (numpy's `next_uint64`).
  public mutating func nextUInt64() -> UInt64 {
    let high = UInt64(nextUInt32())
    return high << 32 | UInt64(nextUInt32())
  }

  /// Regenerates all 624 words of state (the "twist").
  private mutating func twist() {
    let n = RandomState.stateSize
    let m = 397
    key.withUnsafeMutableBufferPointer { mt in
      for i in 0..<n {
        let y = (mt[i] & 0x8000_0000) | (mt[(i + 1) % n] & 0x7fff_ffff)
        mt[i] = mt[(i + m) % n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_b0df)
      }
    }
    position = 0
  }
}

// MARK: - Conformance

extension RandomState: RandomNumberGenerator {
  /// numpy's 64-bit draw, so the standard library's `random(in:using:)` can use this generator.
  public mutating func next() -> UInt64 { nextUInt64() }
}

extension RandomState: CustomStringConvertible {
  /// The generator's name and where it is in its state, like `RandomState(MT19937) at word 624 of 624`.
  public var description: String {
    "RandomState(MT19937) at word \(position) of \(RandomState.stateSize)"
      + (cachedGaussian == nil ? "" : ", one gaussian cached")
  }
}
