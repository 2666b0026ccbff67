import NeuralCore

/// What a script sees of a model: `add`, `compile`, `fit`, `evaluate`, `predict`, `summary`, …
extension KerasModel {
  var typeName: String { "Sequential" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<Sequential name=\(name), \(layers.count) layer\(layers.count == 1 ? "" : "s")>"
  }

  var attributeNames: [String] {
    [
      "add", "build", "compile", "count_params", "evaluate", "fit", "get_layer", "get_weights",
      "history", "input_shape", "layers", "loss", "name", "optimizer", "output_shape", "pop",
      "predict", "set_weights", "summary", "weights",
    ]
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    switch name {
    case "name": return .str(self.name)
    case "layers": return .list(PyList(layers.map { .native($0) }))
    case "weights": return KerasLayer.arrays(weights)
    case "history": return lastHistory.map { .native($0) } ?? PyValue.none
    case "optimizer": return optimizer.map { .native($0) } ?? PyValue.none
    case "loss": return loss.map { .str($0.kind.rawValue) } ?? PyValue.none
    case "input_shape", "output_shape":
      guard isBuilt, let shape = name == "input_shape" ? inputShape : outputShape else { throw Self.notBuilt }
      return .tuple([.none] + shape.map { .int($0) })
    default: return try method(name)
    }
  }

  /// `model(x)`: `predict`.
  func call(_ arguments: Arguments) throws(PyException) -> PyValue? {
    try arguments.expectCount(1...1)
    return .native(NDArray(try predict(try KerasArguments.tensor(arguments[0]))))
  }

  private func method(_ name: String) throws(PyException) -> PyValue? {
    let body: (Arguments) throws(PyException) -> PyValue
    let signature: String
    switch name {
    case "add":
      signature = "add(layer)"
      body = { [self] a throws(PyException) in
        try a.expectCount(1...1)
        try add(try Self.layer(a[0]))
        return .none
      }
    case "pop":
      signature = "pop()"
      body = { [self] _ throws(PyException) in try pop(); return .none }
    case "build":
      signature = "build(input_shape)"
      body = { [self] a throws(PyException) in
        try a.expectCount(1...1)
        var items: [PyValue] = []
        if case .tuple(let values) = a[0] { items = values } else if case .list(let list) = a[0] { items = list.items }
        if items.first?.isNone == true { items.removeFirst() }
        try build(inputShape: try KerasArguments.shape(.tuple(items), "build", "input_shape"))
        return .none
      }
    case "compile":
      signature = "compile(optimizer='rmsprop', loss=None, metrics=None)"
      body = { [self] a throws(PyException) in try compile(a); return .none }
    case "fit":
      signature = "fit(x, y, batch_size=32, epochs=1, verbose=1, validation_split=0.0, validation_data=None, shuffle=True)"
      body = { [self] a throws(PyException) in try fit(a) }
    case "evaluate":
      signature = "evaluate(x, y, batch_size=32, verbose=1)"
      body = { [self] a throws(PyException) in try evaluate(a) }
    case "predict":
      signature = "predict(x, batch_size=32, verbose=0)"
      body = { [self] a throws(PyException) in
        try KerasArguments.check(a, "predict", positional: ["x", "batch_size", "verbose"], keywords: [])
        return .native(NDArray(try predict(try KerasArguments.tensor(try a.required("x", at: 0)))))
      }
    case "summary":
      signature = "summary()"
      body = { [self] a throws(PyException) in
        try a.expectCount(0...0)
        a.interpreter.emit(.text(try summaryLines().joined(separator: "\n") + "\n"))
        return .none
      }
    case "get_weights":
      signature = "get_weights()"
      body = { [self] _ throws(PyException) in KerasLayer.arrays(weights) }
    case "set_weights":
      signature = "set_weights(weights)"
      body = { [self] a throws(PyException) in
        try a.expectCount(1...1)
        try setWeights(try KerasLayer.tensors(a[0], in: a.interpreter))
        return .none
      }
    case "count_params":
      signature = "count_params()"
      body = { [self] _ throws(PyException) in
        guard isBuilt else { throw Self.notBuilt }
        return .int(parameterCount)
      }
    case "get_layer":
      signature = "get_layer(name=None, index=None)"
      body = { [self] a throws(PyException) in
        if let index = try a.int("index", default: nil) {
          guard layers.indices.contains(index) else {
            throw PyException(.valueError, "Was asked to retrieve layer at index \(index) but model only has \(layers.count) layers.")
          }
          return .native(layers[index])
        }
        let wanted = try a.string("name", at: 0)
        guard let layer = layers.first(where: { $0.name == wanted }) else {
          throw PyException(.valueError, "No such layer: \(wanted ?? "None").")
        }
        return .native(layer)
      }
    default:
      return nil
    }
    return .builtin(BuiltinFunction(name: name, signature: signature, doc: "Sequential.\(signature)", body: body))
  }

  /// `compile(optimizer='rmsprop', loss=None, metrics=None)`.
  private func compile(_ a: Arguments) throws(PyException) {
    try KerasArguments.check(a, "compile", positional: ["optimizer", "loss", "metrics"], keywords: [])
    optimizer = try KerasOptimizer.read(try a.value("optimizer", at: 0) ?? .str("rmsprop"))
    loss = try a.value("loss", at: 1).flatMap { v throws(PyException) in v.isNone ? nil : try KerasLoss.read(v) }
    metricName = nil
    guard let metrics = try a.value("metrics", at: 2), !metrics.isNone else { return }
    let iterator = try a.interpreter.iterate(metrics)
    while let metric = try iterator.next() {
      guard case .str(let name) = metric, name == "accuracy" || name == "acc" else {
        throw PyException(
          .valueError,
          "compile: unsupported metric \(try a.interpreter.repr(metric)) (supported: 'accuracy')")
      }
      metricName = name
    }
  }

  /// `evaluate(x, y)`: the loss, or `[loss, accuracy]` with `metrics=["accuracy"]`.
  private func evaluate(_ a: Arguments) throws(PyException) -> PyValue {
    try KerasArguments.check(a, "evaluate", positional: ["x", "y", "batch_size", "verbose"], keywords: [])
    let (_, loss) = try compiledParts()
    let (x, y) = try data(try a.required("x", at: 0), try a.required("y", at: 1), loss: loss)
    let batchSize = max(try a.int("batch_size", at: 2, default: 32), 1)
    let start = LibM.monotonicClock()
    let measured = try measure(try coreModel(), input: x, expected: y, batchSize: batchSize, loss: loss)
    var values: [TrainingProgress.Metric] = [.init(name: "loss", value: measured.loss)]
    if let metricName, let accuracy = measured.accuracy { values.append(.init(name: metricName, value: accuracy)) }
    if try Self.verbosity(a, at: 3) > 0 {
      let steps = (x.shape[0] + batchSize - 1) / batchSize
      let line = TrainingProgress(
        epoch: 1, epochs: 1, step: steps, steps: steps, metrics: values, epochLosses: [],
        elapsed: LibM.monotonicClock() - start
      ).line()
      a.interpreter.emit(.text(line + "\n"))
    }
    return values.count == 1 ? .float(measured.loss) : .list(PyList(values.map { .float($0.value) }))
  }

  /// A layer argument, with Keras' error for anything else.
  static func layer(_ value: PyValue) throws(PyException) -> KerasLayer {
    guard case .native(let object) = value, let layer = object as? KerasLayer else {
      throw PyException(
        .typeError,
        "The added layer must be an instance of class Layer. Received: layer=\(value.typeName) of type \(value.typeName).")
    }
    return layer
  }
}
