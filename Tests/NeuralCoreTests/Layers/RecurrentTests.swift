import NeuralCore
import TestSupport
import Testing

/// The sequence layer over any cell; each cell's own tests check backpropagation through time.
@Suite struct RecurrentTests {
  let rnnCell = RNNCell(
    inputWeight: Tensor([[0.5]]), hiddenWeight: Tensor([[-1]]), bias: Tensor([0.1]))
  let gruCell = GRUCell(
    inputWeight: Tensor([[0.1, 0.2, -0.3], [0.5, -0.6, 0.7]]),
    hiddenWeight: Tensor([[0.9, -1, 0.3]]),
    bias: Tensor([0.1, 0.2, -0.1]))

  @Test func sequencesCarryTheHiddenStateForward() {
    // h₁ = tanh(0.5·1 + 0.1), h₂ = tanh(0.5·2 − h₁ + 0.1)
    let y = RNN(cell: rnnCell, returnsSequences: true).forward(
      Tensor(shape: [1, 2, 1], scalars: [1, 2])
    ).output
    let h1 = Tensor([0.6]).tanh().scalars[0]
    expectClose(y, Tensor(shape: [1, 2, 1], scalars: [h1, Tensor([1.1 - h1]).tanh().scalars[0]]))
    expectClose(
      RNN(cell: rnnCell).forward(Tensor(shape: [1, 2, 1], scalars: [1, 2])).output,
      Tensor([[y.scalars[1]]]))
  }

  @Test func initialStateIsUsed() {
    let y = GRU(cell: gruCell).forward(
      Tensor(shape: [1, 1, 2], scalars: [1, -0.5]), from: Tensor([[0.2]])
    ).output
    expectClose(y, Tensor([[-0.2325325547841754]]))
  }

  @Test func zeroStepsGiveTheInitialState() {
    let layer = GRU(cell: gruCell)
    #expect(layer.forward(Tensor(zeros: [3, 0, 2])).output == Tensor(zeros: [3, 1]))
    #expect(
      layer.backward(Tensor(zeros: [3, 1]), cache: layer.forward(Tensor(zeros: [3, 0, 2])).cache)
        .parameters["bias"] == Tensor(zeros: [3]))
  }

  @Test func parametersAreTheCells() {
    var layer = RNN(cell: rnnCell)
    layer.parameters["bias"] = Tensor([2])
    #expect(layer.cell.bias == Tensor([2]))
    #expect(layer.parameters.keys.sorted() == ["bias", "hiddenWeight", "inputWeight"])
  }

  @Test func rejectsInputWithoutATimeAxis() {
    #expect(
      throws: ShapeError.mismatch(
        "GRU(inputSize: 2, hiddenSize: 1, returnsSequences: false) expects input of shape (N, T, 2), got (4, 2)"
      )
    ) { try GRU(cell: gruCell).applied(to: Tensor(zeros: [4, 2])) }
  }

  @Test func descriptionNamesTheCellKind() {
    #expect(
      GRU(cell: gruCell, returnsSequences: true).description
        == "GRU(inputSize: 2, hiddenSize: 1, returnsSequences: true)")
    #expect(
      RNN(cell: rnnCell).description == "RNN(inputSize: 1, hiddenSize: 1, returnsSequences: false)")
  }
}
