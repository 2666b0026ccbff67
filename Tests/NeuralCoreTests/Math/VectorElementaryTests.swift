#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import NeuralCore
import Testing

/// The vectorised `exp`, `log`, `tanh` and `sigmoid` of `Tensor` against the C library, over
/// arguments spread across each function's range (including the lanes that fall back to it).
@Suite struct VectorElementaryTests {
  static func arguments(from low: Double, to high: Double, count: Int = 20_001) -> [Double] {
    (0..<count).map { low + (high - low) * Double($0) / Double(count - 1) }
  }

  static func worstRelativeError(_ actual: Tensor, _ expected: [Double]) -> Double {
    zip(actual.scalars, expected).reduce(0) { worst, pair in
      let (a, e) = pair
      if a == e { return worst }
      return Swift.max(worst, Swift.abs(a - e) / Swift.abs(e))
    }
  }

  @Test func expIsWithinFourTenthsOfAnUlpScale() {
    let x = Self.arguments(from: -750, to: 720) + Self.arguments(from: -1, to: 1) + [1e-300, -1e-300, 0]
    let worst = Self.worstRelativeError(Tensor(x).exp(), x.map { Glibc.exp($0) })
    #expect(worst < 4e-16, "worst relative error \(worst)")
  }

  @Test func logIsCloseOverManyBinades() {
    let x = Self.arguments(from: 0.5, to: 2) + Self.arguments(from: 1e-3, to: 1e3)
      + (-1070..<1024).map { Glibc.pow(2, Double($0)) * 1.37 } + [1 + 1e-12, 1 - 1e-12]
    let worst = Self.worstRelativeError(Tensor(x).log(), x.map { Glibc.log($0) })
    #expect(worst < 4e-16, "worst relative error \(worst)")
  }

  @Test func tanhIsCloseIncludingNearZero() {
    let x = Self.arguments(from: -25, to: 25) + Self.arguments(from: -0.01, to: 0.01) + [1e-200, -3e-9]
    let worst = Self.worstRelativeError(Tensor(x).tanh(), x.map { Glibc.tanh($0) })
    #expect(worst < 8e-16, "worst relative error \(worst)")
  }

  @Test func sigmoidIsCloseAcrossItsRange() {
    let x = Self.arguments(from: -800, to: 800) + Self.arguments(from: -5, to: 5)
    let reference = x.map { $0 >= 0 ? 1 / (1 + Glibc.exp(-$0)) : Glibc.exp($0) / (1 + Glibc.exp($0)) }
    let worst = Self.worstRelativeError(Tensor(x).sigmoid(), reference)
    #expect(worst < 8e-16, "worst relative error \(worst)")
  }

  @Test func specialValuesMatchTheCLibrary() {
    let special: [Double] = [0, -0.0, .infinity, -.infinity, .nan, 1, -1, 710, -746, .leastNonzeroMagnitude]
    for (name, tensorF, cF) in [
      ("exp", { (t: Tensor) in t.exp() }, { (x: Double) in Glibc.exp(x) }),
      ("log", { (t: Tensor) in t.log() }, { (x: Double) in Glibc.log(x) }),
      ("tanh", { (t: Tensor) in t.tanh() }, { (x: Double) in Glibc.tanh(x) }),
    ] {
      let actual = tensorF(Tensor(special)).scalars
      for (x, a) in zip(special, actual) {
        let e = cF(x)
        #expect(a == e || (a.isNaN && e.isNaN), "\(name)(\(x)) = \(a), C library \(e)")
        #expect(a.sign == e.sign || e.isNaN || e == 0 && a == 0 && x != 0, "\(name)(\(x)) sign")
      }
    }
    #expect(Tensor([-0.0]).tanh().scalars[0].sign == .minus)
  }

  @Test func everyTailLengthIsComputed() {
    for count in 0..<9 {
      let x = (0..<count).map { Double($0) - 3 }
      #expect(Tensor(x).exp().scalars == Tensor(x).exp().scalars)
      let worst = Self.worstRelativeError(Tensor(x).exp(), x.map { Glibc.exp($0) })
      #expect(worst < 4e-16 && Tensor(x).exp().count == count)
    }
  }
}
