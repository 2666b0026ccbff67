import NeuralCore

/// A Keras `Sequential` model in a script: its layers, what `compile` chose, and the NeuralCore
/// `Sequential` assembled from the layers' NeuralCore layers.
///
/// Other parts of MiniPython reach the model through Swift:
/// - `layers`: the Keras layers (`KerasLayer`, each with its NeuralCore layer in `core`);
/// - `coreModel()`: a NeuralCore `Sequential` with one layer per Keras layer, and
///   `store(_:)` to write a changed one back;
/// - `predict(_:)`: the outputs for a batch `[N, …]` in inference mode;
/// - `loss`: the compiled `KerasLoss`, whose `evaluate(predicted:expected:)` gives the loss and
///   its gradient with respect to the outputs.
final class KerasModel: NativeObject {
  let context: KerasContext
  /// Keras' name (`sequential`, `sequential_1`).
  var name: String
  /// The layers, first applied first (an `Input` is not a layer: it sets `declaredInputShape`).
  private(set) var layers: [KerasLayer] = []
  /// The shape of one example, from `Input(shape=)`, a first layer's `input_shape=`, or the data.
  private(set) var inputShape: [Int]?
  /// Set by `compile`.
  var optimizer: KerasOptimizer?
  var loss: KerasLoss?
  /// The metric name asked for (`"accuracy"` or `"acc"`), if any.
  var metricName: String?
  /// The `History` of the last `fit`.
  var lastHistory: KerasHistory?

  init(name: String?, context: KerasContext) {
    self.context = context
    self.name = name ?? context.uniqueName("sequential")
  }

  /// Whether every layer has its NeuralCore layer.
  var isBuilt: Bool { inputShape != nil && layers.allSatisfy(\.isBuilt) }

  /// Appends a layer (an `Input` sets the input shape), building it when the shape is known.
  func add(_ layer: KerasLayer) throws(PyException) {
    if case .input(let shape) = layer.kind {
      guard layers.isEmpty else {
        throw PyException(.valueError, "An Input can only be the first layer of a Sequential model")
      }
      inputShape = shape
      return
    }
    guard !layers.contains(where: { $0 === layer }) else {
      throw PyException(.valueError, "The layer '\(layer.name)' is already in this model")
    }
    layers.append(layer)
    if inputShape == nil, layers.count == 1, let declared = layer.declaredInputShape {
      inputShape = declared
    }
    if let inputShape { try build(inputShape: inputShape) }
  }

  /// Removes the last layer (`model.pop()`).
  func pop() throws(PyException) {
    guard !layers.isEmpty else { throw PyException(.typeError, "There are no layers in the model.") }
    layers.removeLast()
  }

  /// Builds every layer for examples of `shape` (no batch axis); returns the output shape.
  @discardableResult
  func build(inputShape shape: [Int]) throws(PyException) -> [Int] {
    if let inputShape, inputShape != shape, layers.contains(where: \.isBuilt) {
      throw PyException(
        .valueError,
        "Input 0 of model \"\(name)\" is incompatible: expected shape \(KerasArguments.shapeText(inputShape)), found shape \(KerasArguments.shapeText(shape))"
      )
    }
    if let index = layers.dropFirst().firstIndex(where: { if case .embedding = $0.kind { true } else { false } }) {
      throw PyException(
        .valueError,
        "Embedding '\(layers[index].name)' must be the first layer: it reads integer indices, not the outputs of another layer")
    }
    var current = shape
    for layer in layers { current = try layer.build(inputShape: current) }
    inputShape = shape
    return current
  }

  /// The output shape of one example, once built.
  var outputShape: [Int]? {
    guard isBuilt else { return nil }
    return layers.last?.outputShape ?? inputShape
  }

  /// The NeuralCore model: layer `i` is `layers[i].core`.
  ///
  /// - Throws: `ValueError` when the model has not been built.
  func coreModel() throws(PyException) -> Sequential {
    guard isBuilt else { throw Self.notBuilt }
    return Sequential(layers.compactMap(\.core))
  }

  /// Writes a NeuralCore model of the same layers back into the Keras layers (after training).
  func store(_ model: Sequential) {
    precondition(model.layers.count == layers.count, "storing \(model.layers.count) layers into \(layers.count)")
    for (layer, core) in zip(layers, model.layers) { layer.core = core }
  }

  /// The outputs for a batch `[N, …]` in inference mode, building the model from its shape first.
  func predict(_ x: Tensor) throws(PyException) -> Tensor {
    try requireBatch(x)
    return try coreModel().predict(x)
  }

  /// Checks that `x` is a batch of examples of the model's input shape (building it if needed).
  func requireBatch(_ x: Tensor) throws(PyException) {
    let shape = Array(x.shape.dropFirst())
    guard x.rank >= 1 else {
      throw PyException(.valueError, "expected a batch of examples, got a scalar")
    }
    if !isBuilt {
      try build(inputShape: shape)
    } else if let inputShape, inputShape != shape {
      throw PyException(
        .valueError,
        "Input 0 of model \"\(name)\" is incompatible: expected shape \(KerasArguments.shapeText(inputShape)), found shape \(KerasArguments.shapeText(shape))"
      )
    }
    if let first = layers.first { try first.validateIndices(x) }
  }

  /// Every weight of every layer, in Keras' order.
  var weights: [Tensor] { layers.flatMap(\.weights) }

  /// Replaces every weight, given in Keras' order.
  func setWeights(_ values: [Tensor]) throws(PyException) {
    let expected = layers.map { $0.weights.count }
    guard values.count == expected.reduce(0, +) else {
      throw PyException(
        .valueError,
        "You called `set_weights(weights)` on model \"\(name)\" with a weight list of length \(values.count), but the model was expecting \(expected.reduce(0, +)) weights."
      )
    }
    var start = 0
    for (layer, count) in zip(layers, expected) {
      try layer.setWeights(Array(values[start..<(start + count)]))
      start += count
    }
  }

  /// Keras' `count_params()`.
  var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

  static var notBuilt: PyException {
    PyException(
    .valueError,
    "This model has not yet been built. Build the model first by calling `build()` or by calling the model on a batch of data.",
    help: "give the first layer input_shape=..., start with Input(shape=...), or call fit/predict first")
  }
}
