import NeuralCore

/// A Keras layer in a script (`layers.Dense(4, activation='tanh')`): its settings, and once the
/// model knows its input shape, the NeuralCore layer holding its weights.
///
/// A layer belongs to at most one model. Training replaces `core` with the trained layer, so
/// `model.layers[0].weights` always shows the current weights.
final class KerasLayer: NativeObject {
  /// The Keras class name (`"Dense"`), shown by `summary()` and `repr`.
  let className: String
  /// What the layer computes.
  let kind: KerasLayerKind
  /// Keras' name (`dense`, `dense_1`).
  var name: String
  /// The shape passed as `input_shape=` (without the batch axis), if any.
  let declaredInputShape: [Int]?
  /// `λ` of an L2 penalty on the kernel, if any.
  let regularization: Double?
  /// The NeuralCore layer, once built.
  var core: (any Layer)?
  /// The input and output shapes without the batch axis, once built.
  private(set) var inputShape: [Int]?
  private(set) var outputShape: [Int]?
  let context: KerasContext

  init(
    className: String, kind: KerasLayerKind, name: String?, declaredInputShape: [Int]?,
    regularization: Double? = nil, context: KerasContext
  ) {
    self.className = className
    self.kind = kind
    self.name = name ?? context.uniqueName(Self.snakeCase(className))
    self.declaredInputShape = declaredInputShape
    self.regularization = regularization
    self.context = context
  }

  var isBuilt: Bool { core != nil }

  /// Makes the NeuralCore layer for inputs of `shape` (no batch axis) and returns the output
  /// shape; a layer already built for that shape keeps its weights.
  ///
  /// - Throws: `ValueError` when the layer cannot take the shape, or was built for another.
  @discardableResult
  func build(inputShape shape: [Int]) throws(PyException) -> [Int] {
    if let inputShape, let outputShape {
      guard inputShape == shape else {
        throw PyException(
          .valueError,
          "\(className) '\(name)' was built for inputs \(KerasArguments.shapeText(inputShape)), got \(KerasArguments.shapeText(shape))"
        )
      }
      return outputShape
    }
    let seed = context.nextSeed()
    let layer = try kind.build(inputShape: shape, owner: className, seed: seed, using: &context.random)
    let output: [Int]
    do {
      output = Array(try layer.outputShape(forInputShape: [1] + shape).dropFirst())
    } catch {
      throw PyException(.valueError, "\(className): \(error)")
    }
    core = layer
    inputShape = shape
    outputShape = output
    return output
  }

  /// The weights in Keras' order and layout (`[kernel, bias]`); empty before the layer is built.
  var weights: [Tensor] {
    guard let core else { return [] }
    if let norm = core as? BatchNorm {
      return [norm.gamma, norm.beta, norm.runningMean, norm.runningVariance]
    }
    if let gru = core as? Recurrent<ResetAfterGRUCell> {
      let biases = gru.cell.bias.scalars + gru.cell.hiddenBias.scalars
      return [gru.cell.inputWeight, gru.cell.hiddenWeight, Tensor(shape: [2, biases.count / 2], scalars: biases)]
    }
    let parameters = core.parameters
    return kind.parameterNames(of: core).compactMap { parameters[$0] }
  }

  /// Replaces the weights, given in Keras' order and shapes.
  ///
  /// - Throws: `ValueError` for a wrong count or shape, in Keras' words.
  func setWeights(_ values: [Tensor]) throws(PyException) {
    let current = weights
    guard values.count == current.count else {
      throw PyException(
        .valueError,
        "You called `set_weights(weights)` on layer \"\(name)\" with a weight list of length \(values.count), but the layer was expecting \(current.count) weights."
      )
    }
    for (old, new) in zip(current, values) where old.shape != new.shape {
      throw PyException(
        .valueError,
        "Layer \(name) weight shape \(Self.tupleText(old.shape)) is not compatible with provided weight shape \(Self.tupleText(new.shape)).")
    }
    guard var layer = core else { return }
    if var norm = layer as? BatchNorm {
      (norm.gamma, norm.beta, norm.runningMean, norm.runningVariance) =
        (values[0], values[1], values[2], values[3])
      core = norm
      return
    }
    var parameters = layer.parameters
    var values = values
    if layer is Recurrent<ResetAfterGRUCell> {
      // Keras keeps the input and recurrent biases as the two rows of one (2, 3H) weight.
      let half = values[2].count / 2
      parameters["hiddenBias"] = Tensor(shape: [half], scalars: Array(values[2].scalars[half...]))
      values[2] = Tensor(shape: [half], scalars: Array(values[2].scalars[..<half]))
    }
    for (name, value) in zip(kind.parameterNames(of: layer), values) { parameters[name] = value }
    layer.parameters = parameters
    core = layer
  }

  /// For an `Embedding`, checks that every input is an index into its table (Keras raises too).
  func validateIndices(_ x: Tensor) throws(PyException) {
    guard let table = core as? Embedding else { return }
    let size = table.vocabularySize
    for v in x.scalars where !(v >= 0 && v < Double(size) && v == v.rounded()) {
      throw PyException(
        .valueError,
        "\(className) '\(name)': index \(PythonFloat.repr(v)) is not an integer in 0..<\(size) (input_dim=\(size))")
    }
  }

  /// Keras' `count_params()`: every weight, trained or not (batch norm's moving statistics too).
  var parameterCount: Int { weights.reduce(0) { $0 + $1.count } }

  /// The weights the optimizer trains.
  var trainableCount: Int { core?.parameterCount ?? 0 }

  /// `(2, 4)`, a shape as Python prints a tuple.
  static func tupleText(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
  }

  /// `Conv2D` → `conv2d`, `MaxPooling2D` → `max_pooling2d`, `SimpleRNN` → `simple_rnn`.
  static func snakeCase(_ name: String) -> String {
    var result = ""
    let characters = Array(name)
    for (i, character) in characters.enumerated() {
      let previousIsLower = i > 0 && characters[i - 1].isLowercase
      let nextIsLower = i + 1 < characters.count && characters[i + 1].isLowercase
      let previousIsUpper = i > 0 && characters[i - 1].isUppercase
      if character.isUppercase, i > 0, previousIsLower || (previousIsUpper && nextIsLower) {
        result += "_"
      }
      result += character.lowercased()
    }
    return result
  }
}
