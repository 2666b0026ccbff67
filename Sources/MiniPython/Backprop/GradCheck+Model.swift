import NeuralCore

/// `gradcheck(model, X, Y)`: every weight of a compiled Keras-style model against centred differences.
///
/// The checked value is what one training step of `fit` minimises on the batch `(X, Y)`: the
/// compiled loss of the outputs plus the layers' L2 penalties, with the layers in training mode
/// (dropout keeps the one mask its stored random state gives, so every evaluation sees the same
/// mask). The analytic gradients are the model's backward pass plus the penalties' gradients,
/// exactly what the optimizer receives. Each weight tensor is one comparison, named after its
/// layer and Keras' weight name (`dense.kernel`, `dense_1.bias`); a tensor of more than `samples`
/// entries is checked at `samples` evenly spaced entries (two forward passes over the batch each).
extension GradCheck {
  static func check(
    model: KerasModel, x xValue: PyValue, y yValue: PyValue, step: Double, samples: Int,
    in interpreter: Interpreter
  ) throws(PyException) -> GradCheckResult {
    let loss = try model.compiledParts().loss
    let (x, y) = try model.data(xValue, yValue, loss: loss)
    let core = try model.coreModel()
    func cost(_ probe: Sequential) throws(PyException) -> Double {
      try loss.evaluate(predicted: probe.forward(x).output, expected: y).loss
        + model.penalty(of: probe).value
    }
    let (output, cache) = core.forward(x)
    let (value, dOutput) = try loss.evaluate(predicted: output, expected: y)
    var analytic = core.backward(dOutput, cache: cache).parameters
    for (name, g) in model.penalty(of: core).gradients {
      analytic[name] = analytic[name].map { $0 + g } ?? g
    }
    let kinks = kinkText(core, x, step: step)
    var comparisons: [GradientComparison] = []
    var checked = 0
    var total = 0
    for (index, layer) in model.layers.enumerated() {
      guard let own = layer.core else { continue }
      let keras = layer.kind.weightNames
      for (k, local) in layer.kind.parameterNames(of: own).enumerated() {
        let path = "\(index).\(local)"
        guard let p = core.parameters[path], let g = analytic[path] else { continue }
        let positions = sampledPositions(count: p.count, samples: samples)
        var numerical: [Double] = []
        for position in positions {
          try interpreter.checkInterrupt()
          var probe = core
          var shifted = p
          shifted.scalars[position] = p.scalars[position] + step
          probe.layers[index].parameters[local] = shifted
          let above = try cost(probe)
          shifted.scalars[position] = p.scalars[position] - step
          probe.layers[index].parameters[local] = shifted
          let below = try cost(probe)
          numerical.append((above - below) / (2 * step))
        }
        checked += positions.count
        total += p.count
        let isSampled = positions.count < p.count
        let shape = isSampled ? [positions.count] : p.shape
        comparisons.append(
          GradientComparison(
            name: layer.name + "." + (k < keras.count ? keras[k] : local),
            point: Tensor(shape: shape, scalars: positions.map { p.scalars[$0] }),
            analytic: Tensor(shape: shape, scalars: positions.map { g.scalars[$0] }),
            numerical: Tensor(shape: shape, scalars: numerical), step: step, valueScale: abs(value),
            kinks: kinks,
            sample: isSampled ? (p.shape, positions) : nil))
      }
    }
    guard !comparisons.isEmpty else {
      throw PyException(.valueError, "model \"\(model.name)\" has no weights to check")
    }
    let entries = checked == total ? "\(total) weights" : "\(checked) of \(total) weights"
    return GradCheckResult(
      heading:
        "gradcheck: model \"\(model.name)\" on \(x.shape[0]) example\(x.shape[0] == 1 ? "" : "s"), \(entries) by centred differences (h = \(PythonFloat.repr(step)))",
      comparisons: comparisons, notes: notes(model, core))
  }

  /// All positions, or `samples` (at least 2) evenly spaced ones, first and last included.
  static func sampledPositions(count: Int, samples: Int) -> [Int] {
    guard count > samples else { return Array(0..<count) }
    return (0..<samples).map { $0 * (count - 1) / (samples - 1) }
  }

  /// What about this model matters when a check is off: dropout and L2 penalties.
  private static func notes(_ model: KerasModel, _ core: Sequential) -> [String] {
    var notes: [String] = []
    if core.layers.contains(where: { String(describing: $0).contains("Dropout") }) {
      notes.append(
        "dropout is on, with one fixed mask for every evaluation (as one training step sees it); a hand-written dropout that draws a new mask per call must be off (or seeded) for a gradient check"
      )
    }
    if model.layers.contains(where: { $0.regularization != nil }) {
      notes.append(
        "the checked loss includes the L2 penalty λ·ΣW², and the gradients its 2λ·W; a loss without it, or a gradient without it, disagrees in proportion to W"
      )
    }
    return notes
  }

  /// How many ReLU inputs on this batch lie within `10·h` of the kink at 0, said as the cause of
  /// a disagreement; `nil` when none do.
  ///
  /// Moving a weight by `±h` moves a unit's input by about `h·|x|`, so an input that close to 0
  /// crosses the kink within one centred difference, which then averages two slopes.
  static func kinkText(_ core: Sequential, _ x: Tensor, step: Double) -> String? {
    var near = 0
    var total = 0
    func visit(_ layer: any Layer, _ input: Tensor) -> Tensor {
      if let sequence = layer as? Sequential {
        return sequence.layers.reduce(input) { visit($1, $0) }
      }
      if layer is ReLU || layer is LeakyReLU {
        total += input.count
        near += input.scalars.filter { abs($0) <= 10 * step }.count
      }
      return output(of: layer, input)
    }
    _ = visit(core, x)
    guard near > 0 else { return nil }
    return
      "\(near) of \(total) ReLU inputs on this batch lie within h of the kink at 0 (an input of zeros with zero biases puts them there): the centred differences straddle the kink and average its two slopes, so the backward pass may well be right; check on other examples, or after some training"
  }

  private static func output<L: Layer>(of layer: L, _ input: Tensor) -> Tensor {
    layer.forward(input).output
  }
}
