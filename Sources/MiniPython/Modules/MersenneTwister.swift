/// MT19937 seeded as CPython's `random.seed(int)` does (`init_by_array` over 32-bit words), so
/// `random.random()` and friends give CPython's numbers for the same seed.
struct MersenneTwister {
  private var state = [UInt32](repeating: 0, count: 624)
  private var index = 625

  init(seed: UInt64) {
    var key: [UInt32] = []
    var rest = seed
    repeat {
      key.append(UInt32(truncatingIfNeeded: rest))
      rest >>= 32
    } while rest > 0
    seedByArray(key)
  }

  private mutating func seedLinear(_ s: UInt32) {
    state[0] = s
    for i in 1..<624 {
      state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
    }
    index = 624
  }

  private mutating func seedByArray(_ key: [UInt32]) {
    seedLinear(19_650_218)
    var i = 1
    var j = 0
    for _ in 0..<max(624, key.count) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
      i += 1
      j += 1
      if i >= 624 {
        state[0] = state[623]
        i = 1
      }
      if j >= key.count { j = 0 }
    }
    for _ in 0..<623 {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= 624 {
        state[0] = state[623]
        i = 1
      }
    }
    state[0] = 0x8000_0000
  }

  /// The next 32 random bits.
  mutating func next32() -> UInt32 {
    if index >= 624 {
      for k in 0..<624 {
        let y = (state[k] & 0x8000_0000) | (state[(k + 1) % 624] & 0x7fff_ffff)
        state[k] = state[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 1 ? 0x9908_b0df : 0)
      }
      index = 0
    }
    var y = state[index]
    index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// A float in [0, 1) with 53 random bits (CPython's `random()`).
  mutating func nextDouble() -> Double {
    let a = Double(next32() >> 5)
    let b = Double(next32() >> 6)
    return (a * 67_108_864 + b) / 9_007_199_254_740_992
  }

  /// `getrandbits(k)` for 0 < k ≤ 63.
  mutating func bits(_ k: Int) -> Int {
    if k <= 32 { return Int(next32() >> UInt32(32 - k)) }
    let low = Int(next32())
    let high = Int(next32() >> UInt32(64 - k))
    return high << 32 | low
  }

  /// A uniform int in `0..<n` by rejection, as CPython's `_randbelow`.
  mutating func below(_ n: Int) -> Int {
    guard n > 0 else { return 0 }
    let k = Int.bitWidth - n.leadingZeroBitCount
    var r = bits(k)
    while r >= n { r = bits(k) }
    return r
  }
}
