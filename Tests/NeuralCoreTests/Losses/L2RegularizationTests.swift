import NeuralCore
import TestSupport
import Testing

@Suite struct L2RegularizationTests {
  let parameters = [
    "0.weight": Tensor([[1, -2], [0, 3]]), "0.bias": Tensor([5, 5]), "1.hiddenWeight": Tensor([2]),
  ]

  @Test func penalisesWeightsOnly() {
    // (0.1/2)·(1 + 4 + 9 + 4) = 0.9
    expectClose(L2Regularization(strength: 0.1).penalty(parameters), 0.9)
  }

  @Test func gradientIsStrengthTimesWeight() {
    let g = L2Regularization(strength: 0.5).gradients(parameters)
    #expect(g == ["0.weight": Tensor([[0.5, -1], [0, 1.5]]), "1.hiddenWeight": Tensor([1])])
  }

  @Test func addingCombinesWithLossGradients() {
    let total = L2Regularization(strength: 0.5).adding(
      to: ["0.weight": Tensor([[1, 1], [1, 1]]), "0.bias": Tensor([1, 1])], of: parameters)
    #expect(total["0.weight"] == Tensor([[1.5, 0], [1, 2.5]]))
    #expect(total["0.bias"] == Tensor([1, 1]))
    #expect(total["1.hiddenWeight"] == Tensor([1]))
  }

  @Test func gradientMatchesNumerical() {
    let regularization = L2Regularization(strength: 0.3)
    let w = Tensor([[0.5, -1.5], [2, 0.25]])
    let numerical = numericalGradient(at: w) { regularization.penalty(["weight": $0]) }
    #expect(relativeError(regularization.gradients(["weight": w])["weight"]!, numerical) < 1e-9)
  }

  @Test(arguments: [
    ("weight", true), ("0.weight", true), ("2.inputWeight", true), ("0.bias", false),
    ("weights.bias", false),
  ])
  func weightsAreFoundByName(name: String, isWeight: Bool) {
    #expect(L2Regularization.isWeight(name) == isWeight)
  }

  @Test func description() {
    #expect(L2Regularization(strength: 0.1).description == "L2Regularization(strength: 0.1)")
  }
}
