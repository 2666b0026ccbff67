import NeuralCore
import TestSupport
import Testing

// Expected values from numpy 2.4 (printed with repr):
//   x = np.array([-2., 0., 1.5]); np.exp(x), np.tanh(x), 1 / (1 + np.exp(-x)), np.log1p(x)
@Suite struct TensorElementaryTests {
  let x = Tensor([-2, 0, 1.5])

  @Test func exponentialAndLogarithms() {
    expectClose(x.exp(), Tensor([0.1353352832366127, 1, 4.4816890703380645]))
    expectClose(Tensor([1, 2.718281828459045]).log(), Tensor([0, 1]))
    expectClose(Tensor([1e-10, 1]).log1p(), Tensor([9.999999999500001e-11, 0.6931471805599453]))
  }

  @Test func squashingFunctions() {
    expectClose(x.tanh(), Tensor([-0.9640275800758169, 0, 0.9051482536448665]))
    expectClose(x.sigmoid(), Tensor([0.11920292202211755, 0.5, 0.8175744761936437]))
    #expect(x.relu() == Tensor([0, 0, 1.5]))
  }

  @Test func sigmoidSaturatesWithoutOverflow() {
    // 1 / (1 + exp(800)) would overflow to 0 through inf; the two-branch form stays finite.
    let s = Tensor([-800, 800, -.infinity, .infinity]).sigmoid()
    #expect(s.scalars == [0, 1, 0, 1])
  }

  @Test func powersAndRoots() {
    #expect(Tensor([4, 9]).squareRoot() == Tensor([2, 3]))
    #expect(x.squared() == Tensor([4, 0, 2.25]))
    #expect(Tensor([2, 3]).pow(3) == Tensor([8, 27]))
    #expect(Tensor([4]).pow(0.5) == Tensor([2]))
    #expect(Tensor([-1]).squareRoot().scalars[0].isNaN)
  }

  @Test func signAbsoluteAndClip() {
    #expect(Tensor([-3, 0, 2]).sign() == Tensor([-1, 0, 1]))
    #expect(Tensor([-3, 0, 2]).abs() == Tensor([3, 0, 2]))
    #expect(Tensor([-3, 0.5, 2]).clipped(min: 0, max: 1) == Tensor([0, 0.5, 1]))
  }

  @Test func specialValues() {
    let special = Tensor([0, -0.0, .infinity, -.infinity, .nan])
    let logs = special.log().scalars
    #expect(logs[0] == -.infinity && logs[1] == -.infinity && logs[2] == .infinity)
    #expect(logs[3].isNaN && logs[4].isNaN)
    #expect(special.exp().scalars[0 ..< 4] == [1, 1, .infinity, 0])
    #expect(special.tanh().scalars[2 ..< 4] == [1, -1])
    #expect(special.relu().scalars[4].isNaN)
    #expect(special.sign().scalars[4].isNaN)
    #expect(special.clipped(min: -1, max: 1).scalars[0 ..< 4] == [0, 0, 1, -1])
    #expect(special.clipped(min: -1, max: 1).scalars[4].isNaN)
    #expect(Tensor(zeros: [0, 2]).exp().shape == [0, 2])
  }
}
