import NeuralCore
import TestSupport
import Testing

@Suite struct NumericalGradientTests {
  @Test func sumOfSquaresHasGradientTwoX() {
    let x = Tensor([[1, -2], [0.5, 3]])
    let g = numericalGradient(at: x) { t in t.scalars.reduce(0) { $0 + $1 * $1 } }
    expectClose(g, Tensor([[2, -4], [1, 6]]), absolute: 1e-9)
  }

  @Test func leavesThePointUnchanged() {
    var seen: [Tensor] = []
    _ = numericalGradient(at: Tensor([1, 2])) { t in
      seen.append(t)
      return t.scalars[0]
    }
    #expect(
      seen == [
        Tensor([1 + 1e-5, 2]), Tensor([1 - 1e-5, 2]), Tensor([1, 2 + 1e-5]), Tensor([1, 2 - 1e-5]),
      ])
  }

  @Test func upstreamFormWeightsEachOutput() {
    // y = [x0·x1, x0 + x1], dy = [2, -1]: dx0 = 2·x1 − 1, dx1 = 2·x0 − 1.
    let x = Tensor([3, 4])
    let g = numericalGradient(at: x, upstream: Tensor([2, -1])) { t in
      Tensor([t.scalars[0] * t.scalars[1], t.scalars[0] + t.scalars[1]])
    }
    expectClose(g, Tensor([7, 5]), absolute: 1e-8)
  }

  @Test func emptyTensorHasEmptyGradient() {
    #expect(numericalGradient(at: Tensor(zeros: [0, 3])) { _ in 1 } == Tensor(zeros: [0, 3]))
  }
}
