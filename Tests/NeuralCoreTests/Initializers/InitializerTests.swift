import NeuralCore
import TestSupport
import Testing

/// Expected values from numpy 2.4:
///
/// ```python
/// np.random.seed(3); np.random.randn(3, 2) * np.sqrt(2 / 3)                      # he
/// np.random.seed(1); np.random.randn(2, 3) * 0.01                                # scaledNormal
/// np.random.seed(0); l = np.sqrt(6 / (4 + 2)); np.random.uniform(-l, l, (4, 2))  # xavierUniform
/// np.random.seed(2); (np.random.randn(3, 3, 2, 4) * np.sqrt(2 / (18 + 36)))[0, 0] # xavierNormal, conv
/// ```
@Suite struct InitializerTests {
  @Test func heMatchesNumpy() {
    var random = RandomState(seed: 3)
    expectClose(
      Initializer.he.tensor(shape: [3, 2], using: &random),
      Tensor([
        [1.4604090331058333, 0.35640880048431217], [0.07878985274897744, -1.521535420880872],
        [-0.22648651894269448, -0.2896594936265377],
      ]), absolute: 0, relative: 1e-15)
  }

  @Test func scaledNormalIsTheCoursesSmallRandomInit() {
    var random = RandomState(seed: 1)
    expectClose(
      Initializer.scaledNormal(scale: 0.01).tensor(shape: [2, 3], using: &random),
      Tensor([
        [0.01624345363663242, -0.006117564136500754, -0.005281717522634557],
        [-0.010729686221561705, 0.008654076293246785, -0.02301538696880283],
      ]), absolute: 0, relative: 1e-15)
  }

  @Test func xavierUniformDrawsWithinTheLimit() {
    var random = RandomState(seed: 0)
    let w = Initializer.xavierUniform.tensor(shape: [4, 2], using: &random)
    expectClose(
      w,
      Tensor([
        [0.0976270078546495, 0.43037873274483895], [0.20552675214328775, 0.08976636599379373],
        [-0.15269040132219058, 0.29178822613331223], [-0.12482557747461498, 0.7835460015641595],
      ]), absolute: 0, relative: 1e-15)
    #expect(w.scalars.allSatisfy { abs($0) < 1 })
  }

  @Test func xavierNormalReadsConvolutionFans() {
    var random = RandomState(seed: 2)
    let w = Initializer.xavierNormal.tensor(shape: [3, 3, 2, 4], using: &random)
    expectClose(
      w.sliced(alongAxis: 0, range: 0..<1).sliced(alongAxis: 1, range: 0..<1).reshapedForTest([
        2, 4,
      ]),
      Tensor([
        [-0.08020508512881248, -0.010828555948522495, -0.4111111302920032, 0.3156702642588351],
        [-0.34514683929550277, -0.1619943560504226, 0.09677957385555216, -0.2396558040071064],
      ]), absolute: 0, relative: 1e-15)
  }

  @Test func zerosDrawNothing() {
    var random = RandomState(seed: 5)
    #expect(Initializer.zeros.tensor(shape: [2, 2], using: &random) == Tensor(zeros: [2, 2]))
    var fresh = RandomState(seed: 5)
    #expect(random.nextUInt32() == fresh.nextUInt32())
  }

  @Test func explicitFanInOverridesTheShape() {
    var a = RandomState(seed: 3)
    var b = RandomState(seed: 3)
    // The course's W1 is [n1, n0] = [2, 3]: He scales by √(2/3), not √(2/2).
    let w = Initializer.he.tensor(shape: [2, 3], fanIn: 3, using: &a)
    expectClose(w, b.randn(shape: [2, 3]) * (2.0 / 3).squareRoot(), absolute: 0, relative: 1e-15)
  }

  @Test(arguments: [
    ([Int](), 1, 1), ([5], 5, 5), ([4, 3], 4, 3), ([3, 3, 2, 8], 18, 72), ([0, 4], 0, 4),
  ])
  func fansFollowKeras(shape: [Int], fanIn: Int, fanOut: Int) {
    #expect(Initializer.fans(of: shape) == (fanIn, fanOut))
  }

  @Test func emptyShapeGivesAnEmptyTensor() {
    var random = RandomState(seed: 0)
    #expect(Initializer.he.tensor(shape: [0, 3], fanIn: 1, using: &random).shape == [0, 3])
  }

  @Test func descriptionNamesTheScheme() {
    #expect(Initializer.he.description == "He normal")
    #expect(Initializer.scaledNormal(scale: 0.01).description == "normal × 0.01")
  }
}

extension Tensor {
  fileprivate func reshapedForTest(_ shape: [Int]) -> Tensor {
    Tensor(shape: shape, scalars: scalars)
  }
}
