import NeuralCore
import TestSupport
import Testing

@Suite struct ValueTests {
  /// cs231n's sigmoid neuron, staged through primitive nodes.
  ///
  /// ```python
  /// w = [2, -3, -3]; x = [-1, -2]
  /// dot = w[0]*x[0] + w[1]*x[1] + w[2]; f = 1 / (1 + math.exp(-dot)); ddot = (1 - f) * f
  /// # f = 0.7310585786300049, ddot = 0.19661193324148185
  /// # dw = [x[0]*ddot, x[1]*ddot, ddot], dx = [w[0]*ddot, w[1]*ddot]
  /// ```
  @Test func stagedSigmoidNeuronMatchesCs231n() {
    let w = [Value(2, label: "w0"), Value(-3, label: "w1"), Value(-3, label: "w2")]
    let x = [Value(-1, label: "x0"), Value(-2, label: "x1")]
    let dot = (w[0] * x[0] + w[1] * x[1] + w[2]).labelled("dot")
    let f = (1 / (1 + (-dot).exp())).labelled("f")
    f.backward()
    expectClose(dot.data, 1)
    expectClose(f.data, 0.7310585786300049)
    expectClose(w[0].grad, -0.19661193324148185)
    expectClose(w[1].grad, -0.3932238664829637)
    expectClose(w[2].grad, 0.19661193324148185)
    expectClose(x[0].grad, 0.3932238664829637)
    expectClose(x[1].grad, -0.5898357997244456)
  }

  @Test func sigmoidNodeGivesTheSameGradientsAsTheStagedOne() {
    let w = [Value(2), Value(-3), Value(-3)]
    let x = [Value(-1), Value(-2)]
    let f = (w[0] * x[0] + w[1] * x[1] + w[2]).sigmoid()
    f.backward()
    expectClose(f.data, 0.7310585786300049)
    expectClose(w[1].grad, -0.3932238664829637)
    expectClose(x[1].grad, -0.5898357997244456)
  }

  /// cs231n's staged `f(x, y) = (x + σ(y)) / (σ(x) + (x + y)²)` at x = 3, y = -4.
  @Test func stagedCircuitMatchesCs231nTable() {
    let x = Value(3)
    let y = Value(-4)
    let f = (x + y.sigmoid()) / (x.sigmoid() + (x + y).power(2))
    f.backward()
    expectClose(f.data, 1.5456448841066441)
    expectClose(x.grad, 2.0595697956, absolute: 1e-9)
    expectClose(y.grad, 1.5922327515, absolute: 1e-9)
  }

  /// micrograd's `test_more_ops`, whose expected values come from PyTorch:
  ///
  /// ```python
  /// a = Value(-4.0); b = Value(2.0); c = a + b; d = a * b + b**3
  /// c += c + 1; c += 1 + c + (-a); d += d * 2 + (b + a).relu(); d += 3 * d + (b - a).relu()
  /// e = c - d; f = e**2; g = f / 2.0; g += 10.0 / f; g.backward()
  /// # g.data 24.70408163265306, a.grad 138.83381924198252, b.grad 645.5772594752186
  /// ```
  @Test func moreOpsMatchPyTorch() {
    let a = Value(-4)
    let b = Value(2)
    var c = a + b
    var d = a * b + b.power(3)
    c = c + (c + 1)
    c = c + (1 + c + (-a))
    d = d + (d * 2 + (b + a).relu())
    d = d + (3 * d + (b - a).relu())
    let e = c - d
    let f = e.power(2)
    var g = f / 2
    g = g + 10 / f
    g.backward()
    expectClose(g.data, 24.70408163265306)
    expectClose(a.grad, 138.83381924198252)
    expectClose(b.grad, 645.5772594752186)
  }

  @Test(arguments: [
    ("exp", 0.7), ("log", 0.7), ("tanh", 0.7), ("sigmoid", -1.3), ("relu", 0.4), ("relu", -0.4),
    ("power", 1.5), ("neg", 0.2),
  ])
  func unaryGradientMatchesCentredDifference(operation: String, at x: Double) {
    func apply(_ v: Value) -> Value {
      switch operation {
      case "exp": return v.exp()
      case "log": return v.log()
      case "tanh": return v.tanh()
      case "sigmoid": return v.sigmoid()
      case "relu": return v.relu()
      case "power": return v.power(3)
      default: return -v
      }
    }
    let v = Value(x)
    apply(v).backward()
    let h = 1e-5
    let numerical = (apply(Value(x + h)).data - apply(Value(x - h)).data) / (2 * h)
    expectClose(v.grad, numerical, absolute: 1e-9)
  }

  /// The example in `Value`'s documentation.
  @Test func documentationExampleHolds() {
    let x = Value(3, label: "x")
    let y = Value(-4, label: "y")
    let f = x * y + x
    f.backward()
    #expect(f.data == -9)
    #expect(x.grad == -3)
    #expect(y.grad == 3)
  }

  @Test func gradientsAddWhereBranchesMeet() {
    let a = Value(3)
    let b = a + a
    b.backward()
    #expect(a.grad == 2)
  }

  @Test func secondBackwardAccumulatesUntilZeroed() {
    let a = Value(3)
    let b = Value(2)
    let c = a * b
    c.backward()
    c.backward()
    #expect(a.grad == 4)
    c.zeroGradients()
    c.backward()
    #expect(a.grad == 2)
    #expect(b.grad == 3)
  }

  @Test func reluAtItsKinkPassesNoGradient() {
    let a = Value(0)
    a.relu().backward()
    #expect(a.grad == 0)
  }

  @Test func logOfZeroIsMinusInfinityAndNaNPropagates() {
    #expect(Value(0).log().data == -.infinity)
    #expect(Value(.nan).tanh().data.isNaN)
  }

  @Test func deepChainDoesNotOverflowTheStack() {
    let x = Value(1)
    var y = x
    for _ in 0..<100_000 { y = y + 1 }
    y.backward()
    #expect(y.data == 100_001)
    #expect(x.grad == 1)
  }

  @Test func graphIsFreedWhenTheOutputIsReleased() {
    weak var weakOutput: Value?
    weak var weakMiddle: Value?
    do {
      let a = Value(2)
      let middle = a * a
      let output = middle.tanh()
      output.backward()
      weakOutput = output
      weakMiddle = middle
    }
    #expect(weakOutput == nil)
    #expect(weakMiddle == nil)
  }

  @Test func descriptionReadsLikeMicrograd() {
    let a = Value(2, label: "a")
    let b = a * Value(-0.5)
    b.backward()
    #expect(b.description == "Value(data=-1.0, grad=1.0)")
    #expect(a.description == "a: Value(data=2.0, grad=-0.5)")
  }

  @Test func graphListsNodesInTopologicalOrder() {
    let w0 = Value(2, label: "w0")
    let x0 = Value(-1, label: "x0")
    let product = (w0 * x0).labelled("product")
    let f = product.sigmoid().labelled("f")
    f.backward()
    #expect(
      f.graph().map(\.description) == [
        "[0] w0  data=2.0  grad=-0.1049935854035065",
        "[1] x0  data=-1.0  grad=0.209987170807013",
        "[2] product = [0] * [1]  data=-2.0  grad=0.1049935854035065",
        "[3] f = sigmoid([2])  data=0.11920292202211755  grad=1.0",
      ])
    #expect(product.power(2).graph().last?.description.hasPrefix("[3] = [2]**2  data=4.0") == true)
  }
}
