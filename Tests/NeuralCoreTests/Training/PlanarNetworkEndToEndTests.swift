import NeuralCore
import TestSupport
import Testing

/// The course's planar-data network (2 → 4 tanh → 1 sigmoid, learning rate 1.2) trained with
/// `Sequential`, reproducing the course's printed costs. The course's layout has examples in
/// columns; ours has them in rows, so every matrix here is the course's transposed.
///
/// ```python
/// # load_planar_dataset() with np.random.seed(1), then
/// np.random.seed(2)
/// W1 = np.random.randn(4, 2) * 0.01; b1 = np.zeros((4, 1)); W2 = np.random.randn(1, 4) * 0.01; b2 = np.zeros((1, 1))
/// for i in range(1001):
///     A1 = np.tanh(W1 @ X + b1); A2 = 1 / (1 + np.exp(-(W2 @ A1 + b2)))
///     cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m   # i = 0: 0.6930480201239823
///     dZ2 = A2 - Y; dW2 = dZ2 @ A1.T / m; db2 = np.sum(dZ2, axis=1, keepdims=True) / m     # i = 1000: 0.28808329356901846
///     dZ1 = (W2.T @ dZ2) * (1 - A1**2); dW1 = dZ1 @ X.T / m; db1 = np.sum(dZ1, axis=1, keepdims=True) / m
///     W1 -= 1.2 * dW1; b1 -= 1.2 * db1; W2 -= 1.2 * dW2; b2 -= 1.2 * db2
/// # accuracy after 1001 updates: 0.8925
/// ```
@Suite struct PlanarNetworkEndToEndTests {
  @Test func reproducesTheCoursesCosts() throws {
    let flower = ToyDataset.planarFlower()
    let x = flower.x.transposed()
    let y = flower.y.transposed()
    var random = RandomState(seed: 2)
    let w1 = random.randn(shape: [4, 2]) * 0.01
    let w2 = random.randn(shape: [1, 4]) * 0.01
    var model = Sequential([
      Dense(weight: w1.transposed(), bias: Tensor(zeros: [4])), Tanh(),
      Dense(weight: w2.transposed(), bias: Tensor(zeros: [1])), Sigmoid(),
    ])
    var optimizer = SGD(learningRate: 1.2)
    var costs: [Double] = []
    for _ in 0...1000 {
      costs.append(
        try model.trainingStep(
          input: x, expected: y, loss: BinaryCrossEntropy(), optimizer: &optimizer))
    }
    expectClose(costs[0], 0.6930480201239823, relative: 1e-12)
    expectClose(costs[1000], 0.28808329356901846, relative: 1e-8)
    #expect(try accuracy(predicted: model.predict(x), expected: y) == 0.8925)
  }
}
