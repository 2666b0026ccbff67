import NeuralCore
import Testing

@Suite struct LSTMStateTests {
  @Test func holdsHiddenAndCellStates() {
    let state = LSTMState(hidden: Tensor([[1, 2]]), cell: Tensor([[3, 4]]))
    #expect(state.hidden == Tensor([[1, 2]]))
    #expect(state.cell == Tensor([[3, 4]]))
  }

  @Test func description() {
    #expect(
      LSTMState(hidden: Tensor([1]), cell: Tensor([2])).description
        == "LSTMState(hidden: Tensor(1,) [1.0], cell: Tensor(1,) [2.0])")
  }
}
