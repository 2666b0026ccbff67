import NeuralCore

/// The losses `compile(loss=...)` takes, by name or as an object, computed as Keras computes
/// them (the mean over the batch) with their gradient with respect to the model's output.
///
/// ```
/// binary_crossentropy              −mean[y·log p + (1 − y)·log(1 − p)],  p clipped to [ε, 1 − ε]
/// categorical_crossentropy         −mean_n Σ_c y·log p,  p clipped to [ε, 1 − ε], y one-hot (N, C)
/// sparse_categorical_crossentropy  the same with class indices y (N,) or (N, 1)
/// mse                              mean (ŷ − y)²
/// hinge                            mean max(0, 1 − y·ŷ), 0/1 labels read as −1/+1
/// ```
///
/// With `from_logits=True` the cross-entropies take scores and apply the sigmoid or softmax
/// themselves (NeuralCore's stable `BinaryCrossEntropy(fromLogits:)` and `SoftmaxCrossEntropy`).
/// ε is Keras' 1e-7; where the clip is active the gradient is 0, as in Keras.
struct KerasLoss: Sendable, Equatable {
  enum Kind: String, CaseIterable, Sendable {
    case binaryCrossentropy = "binary_crossentropy"
    case categoricalCrossentropy = "categorical_crossentropy"
    case sparseCategoricalCrossentropy = "sparse_categorical_crossentropy"
    case meanSquaredError = "mse"
    case hinge = "hinge"
  }

  var kind: Kind
  var fromLogits = false

  static let epsilon = 1e-7

  /// The names `compile` accepts, as errors list them.
  static var names: [String] { Kind.allCases.map(\.rawValue) }

  /// Reads `loss=`: a name (with Keras' aliases) or a loss object.
  static func read(_ value: PyValue) throws(PyException) -> KerasLoss {
    if case .native(let object) = value, let loss = object as? KerasLossObject { return loss.loss }
    guard case .str(let name) = value else {
      throw PyException(
        .valueError,
        "compile: loss must be a name (supported: \(names.joined(separator: ", "))) or a tf.keras.losses object, got \(value.typeName)"
      )
    }
    let aliases: [String: Kind] = [
      "mean_squared_error": .meanSquaredError, "meansquarederror": .meanSquaredError,
      "binarycrossentropy": .binaryCrossentropy, "categoricalcrossentropy": .categoricalCrossentropy,
      "sparsecategoricalcrossentropy": .sparseCategoricalCrossentropy,
    ]
    let key = name.lowercased()
    guard let kind = Kind(rawValue: key) ?? aliases[key] else {
      throw PyException(
        .valueError, "compile: unknown loss '\(name)' (supported: \(names.joined(separator: ", ")))")
    }
    return KerasLoss(kind: kind)
  }

  /// The targets reshaped to what the loss compares with predictions `[N, …]`.
  ///
  /// - Throws: `ValueError` when they cannot match, in the shapes' words.
  func targets(_ y: Tensor, forPredictions shape: [Int]) throws(PyException) -> Tensor {
    if kind == .sparseCategoricalCrossentropy {
      if y.rank == 2, y.shape[1] == 1 { return Tensor(shape: [y.shape[0]], scalars: y.scalars) }
      if y.rank == 1 { return y }
    } else {
      if y.shape == shape { return y }
      if y.rank == 1, shape.count == 2, shape[1] == 1 { return Tensor(shape: [y.count, 1], scalars: y.scalars) }
    }
    throw PyException(
      .valueError,
      "\(kind.rawValue): targets of shape \(KerasLayer.tupleText(y.shape)) do not match outputs of shape \(KerasArguments.shapeText(Array(shape.dropFirst())))"
        + (kind == .categoricalCrossentropy && y.rank == 1
          ? "; for integer labels use loss='sparse_categorical_crossentropy'" : ""))
  }

  /// The loss and `∂L/∂ŷ` for predictions `ŷ` and targets already passed through `targets`.
  func evaluate(predicted p: Tensor, expected y: Tensor) throws(PyException) -> (
    loss: Double, gradient: Tensor
  ) {
    do {
      switch kind {
      case .binaryCrossentropy where fromLogits:
        return try BinaryCrossEntropy(fromLogits: true).evaluate(predicted: p, expected: y)
      case .categoricalCrossentropy where fromLogits, .sparseCategoricalCrossentropy where fromLogits:
        return try SoftmaxCrossEntropy().evaluate(predicted: p, expected: y)
      case .meanSquaredError:
        return try MeanSquaredError().evaluate(predicted: p, expected: y)
      default: break
      }
    } catch {
      throw PyException(.valueError, "\(kind.rawValue): \(error)")
    }
    switch kind {
    case .binaryCrossentropy: return binary(p, y)
    case .hinge: return hinge(p, y)
    default: return try categorical(p, y)
    }
  }

  private func binary(_ p: Tensor, _ y: Tensor) -> (loss: Double, gradient: Tensor) {
    let (low, high) = (Self.epsilon, 1 - Self.epsilon)
    let scale = 1 / Double(max(p.count, 1))
    var total = 0.0
    var gradient = [Double](repeating: 0, count: p.count)
    for i in 0..<p.count {
      let (raw, t) = (p.scalars[i], y.scalars[i])
      let q = min(max(raw, low), high)
      total -= t * LibM.log(q) + (1 - t) * LibM.log(1 - q)
      if raw > low && raw < high { gradient[i] = scale * (q - t) / (q * (1 - q)) }
    }
    return (scale * total, Tensor(shape: p.shape, scalars: gradient))
  }

  private func categorical(_ p: Tensor, _ y: Tensor) throws(PyException) -> (loss: Double, gradient: Tensor) {
    guard p.rank == 2 else {
      throw PyException(
        .valueError, "\(kind.rawValue): needs outputs of shape (None, classes), got \(KerasArguments.shapeText(Array(p.shape.dropFirst())))")
    }
    let (n, c) = (p.shape[0], p.shape[1])
    var targets = y.scalars
    if kind == .sparseCategoricalCrossentropy {
      targets = [Double](repeating: 0, count: n * c)
      for (i, label) in y.scalars.enumerated() {
        guard label >= 0, label < Double(c), label == label.rounded() else {
          throw PyException(
            .valueError, "sparse_categorical_crossentropy: label \(PythonFloat.repr(label)) is not a class index in 0..<\(c)")
        }
        targets[i * c + Int(label)] = 1
      }
    }
    let (low, high) = (Self.epsilon, 1 - Self.epsilon)
    let scale = 1 / Double(max(n, 1))
    var total = 0.0
    var gradient = [Double](repeating: 0, count: p.count)
    for i in 0..<(n * c) where targets[i] != 0 {
      let raw = p.scalars[i]
      let q = min(max(raw, low), high)
      total -= targets[i] * LibM.log(q)
      if raw > low && raw < high { gradient[i] = -scale * targets[i] / q }
    }
    return (scale * total, Tensor(shape: p.shape, scalars: gradient))
  }

  private func hinge(_ p: Tensor, _ y: Tensor) -> (loss: Double, gradient: Tensor) {
    let scale = 1 / Double(max(p.count, 1))
    var total = 0.0
    var gradient = [Double](repeating: 0, count: p.count)
    for i in 0..<p.count {
      let t = y.scalars[i] == 0 ? -1.0 : y.scalars[i]
      let margin = 1 - t * p.scalars[i]
      if margin > 0 {
        total += margin
        gradient[i] = -scale * t
      }
    }
    return (scale * total, Tensor(shape: p.shape, scalars: gradient))
  }
}

/// A loss object (`tf.keras.losses.BinaryCrossentropy(from_logits=True)`).
final class KerasLossObject: NativeObject {
  let loss: KerasLoss
  let className: String

  init(loss: KerasLoss, className: String) {
    self.loss = loss
    self.className = className
  }

  var typeName: String { "keras.losses.\(className)" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<keras.losses.\(className)\(loss.fromLogits ? " from_logits=True" : "")>"
  }

  /// `loss(y_true, y_pred)`: the loss value.
  func call(_ arguments: Arguments) throws(PyException) -> PyValue? {
    try arguments.expectCount(2...2)
    let predicted = try KerasArguments.tensor(arguments[1])
    let expected = try loss.targets(try KerasArguments.tensor(arguments[0]), forPredictions: predicted.shape)
    return .float(try loss.evaluate(predicted: predicted, expected: expected).loss)
  }

  /// The classes of `tf.keras.losses`.
  static func constructors() -> [BuiltinFunction] {
    let table: [(String, KerasLoss.Kind, Bool)] = [
      ("BinaryCrossentropy", .binaryCrossentropy, true),
      ("CategoricalCrossentropy", .categoricalCrossentropy, true),
      ("SparseCategoricalCrossentropy", .sparseCategoricalCrossentropy, true),
      ("MeanSquaredError", .meanSquaredError, false), ("Hinge", .hinge, false),
    ]
    return table.map { name, kind, takesLogits in
      BuiltinFunction(name: name, signature: "\(name)(\(takesLogits ? "from_logits=False" : ""))", doc: "The \(kind.rawValue) loss.") {
        arguments throws(PyException) in
        try KerasArguments.check(arguments, name, positional: [], keywords: takesLogits ? ["from_logits"] : [])
        let fromLogits = try arguments.bool("from_logits", default: false)
        return .native(KerasLossObject(loss: KerasLoss(kind: kind, fromLogits: fromLogits), className: name))
      }
    }
  }
}
