import NeuralCore

/// What a Keras layer computes, with its settings, before it knows its input shape.
///
/// Keras layers are created without their input size (`Dense(4)`) and built when the model
/// learns the shape of its inputs; `build(inputShape:using:)` then makes the NeuralCore layer.
/// Shapes here have no batch axis, as Keras' `input_shape`.
enum KerasLayerKind {
  /// The three recurrent layers, each over a NeuralCore cell.
  /// The recurrent layers, each over a NeuralCore cell: `GRU` is Keras' default
  /// `reset_after=True` form (`ResetAfterGRUCell`), `gruResetBefore` its `reset_after=False`
  /// form (the course's `GRUCell`).
  enum Recurrence: String { case simple = "SimpleRNN", lstm = "LSTM", gru = "GRU", gruResetBefore }

  case input(shape: [Int])
  case dense(units: Int, activation: KerasActivation, initializer: Initializer)
  case activation(KerasActivation)
  case dropout(rate: Double)
  case flatten
  case conv2D(
    filters: Int, kernelSize: Int, stride: Int, padding: Convolution.Padding,
    activation: KerasActivation, initializer: Initializer)
  /// Max (`isMax`) or average pooling; sizes and strides are (height, width).
  case pooling(isMax: Bool, size: (Int, Int), strides: (Int, Int), padding: Convolution.Padding)
  case zeroPadding(Int)
  /// `axis` counts the batch axis, as Keras does (`-1`, or 3 for images): only the last axis.
  case batchNormalization(axis: Int, momentum: Double, epsilon: Double)
  case leakyReLU(slope: Double)
  case recurrent(Recurrence, units: Int, returnsSequences: Bool, initializer: Initializer?)
  case embedding(inputDim: Int, outputDim: Int, initializer: Initializer?)

  /// The NeuralCore layer for inputs of `inputShape`, its weights drawn from `random`.
  ///
  /// A layer with an activation becomes a NeuralCore `Sequential` of the layer and the
  /// activation, so each Keras layer is exactly one NeuralCore layer.
  ///
  /// - Throws: `ValueError` naming the layer and the shape it cannot take.
  func build(inputShape: [Int], owner: String, seed: UInt32, using random: inout RandomState)
    throws(PyException) -> any Layer
  {
    let rank = inputShape.count
    func requireRank(_ expected: Int, _ what: String) throws(PyException) {
      guard rank == expected else {
        throw PyException(
          .valueError,
          "\(owner): expects input of shape \(what), got \(KerasArguments.shapeText(inputShape))")
      }
    }
    switch self {
    case .input:
      return Sequential([])
    case .dense(let units, let activation, let initializer):
      try requireRank(1, "(None, features)")
      let weight = initializer.tensor(shape: [inputShape[0], units], using: &random)
      return Self.withActivation(Dense(weight: weight, bias: Tensor(zeros: [units])), activation)
    case .activation(let activation):
      return activation.layer ?? Sequential([])
    case .dropout(let rate):
      return Dropout(rate: rate, seed: seed)
    case .flatten:
      return Flatten()
    case .conv2D(let filters, let size, let stride, let padding, let activation, let initializer):
      try requireRank(3, "(None, height, width, channels)")
      let weight = initializer.tensor(shape: [size, size, inputShape[2], filters], using: &random)
      let conv = Conv2D(weight: weight, bias: Tensor(zeros: [filters]), stride: stride, padding: padding)
      return Self.withActivation(conv, activation)
    case .pooling(let isMax, let size, let strides, let padding):
      try requireRank(3, "(None, height, width, channels)")
      return isMax
        ? MaxPool2D(poolSize: size, strides: strides, padding: padding)
        : AvgPool2D(poolSize: size, strides: strides, padding: padding)
    case .zeroPadding(let padding):
      try requireRank(3, "(None, height, width, channels)")
      return ZeroPad2D(padding: padding)
    case .leakyReLU(let slope):
      return LeakyReLU(slope: slope)
    case .batchNormalization(let axis, let momentum, let epsilon):
      guard axis == -1 || axis == rank else {
        throw PyException(
          .valueError,
          "\(owner): only the last axis can be normalised (axis=-1 or axis=\(rank) for inputs \(KerasArguments.shapeText(inputShape))), got axis=\(axis)"
        )
      }
      return BatchNorm(featureCount: inputShape[rank - 1], momentum: momentum, epsilon: epsilon)
    case .recurrent(let recurrence, let units, let returnsSequences, let initializer):
      try requireRank(2, "(None, timesteps, features)")
      return Self.recurrent(
        recurrence, inputSize: inputShape[1], units: units, returnsSequences: returnsSequences,
        initializer: initializer, using: &random)
    case .embedding(let inputDim, let outputDim, let initializer):
      try requireRank(1, "(None, timesteps) of integer indices")
      // Keras' default draws from U(−0.05, 0.05).
      let shape = [inputDim, outputDim]
      return Embedding(
        weight: initializer?.tensor(shape: shape, using: &random)
          ?? random.uniform(low: -0.05, high: 0.05, shape: shape))
    }
  }

  /// The names of the NeuralCore parameters, in the order Keras lists the layer's weights.
  func parameterNames(of layer: any Layer) -> [String] {
    let prefix = layer is Sequential ? "0." : ""
    switch self {
    case .dense, .conv2D: return [prefix + "weight", prefix + "bias"]
    case .batchNormalization: return ["gamma", "beta"]
    case .recurrent: return ["inputWeight", "hiddenWeight", "bias"]
    case .embedding: return ["weight"]
    default: return []
    }
  }

  /// Keras' names for the same weights (`kernel`, `bias`).
  var weightNames: [String] {
    switch self {
    case .dense, .conv2D: ["kernel", "bias"]
    case .batchNormalization: ["gamma", "beta", "moving_mean", "moving_variance"]
    case .recurrent: ["kernel", "recurrent_kernel", "bias"]
    case .embedding: ["embeddings"]
    default: []
    }
  }

  private static func withActivation(_ layer: any Layer, _ activation: KerasActivation) -> any Layer
  {
    guard let activation = activation.layer else { return layer }
    return Sequential([layer, activation])
  }

  private static func recurrent(
    _ recurrence: Recurrence, inputSize: Int, units: Int, returnsSequences: Bool,
    initializer: Initializer?, using random: inout RandomState
  ) -> any Layer {
    switch recurrence {
    case .simple:
      var cell = RNNCell(inputSize: inputSize, hiddenSize: units, using: &random)
      if let initializer { cell.inputWeight = initializer.tensor(shape: cell.inputWeight.shape, using: &random) }
      return Recurrent(cell: cell, returnsSequences: returnsSequences)
    case .lstm:
      var cell = LSTMCell(inputSize: inputSize, hiddenSize: units, using: &random)
      if let initializer { cell.inputWeight = initializer.tensor(shape: cell.inputWeight.shape, using: &random) }
      return Recurrent(cell: cell, returnsSequences: returnsSequences)
    case .gru:
      var cell = ResetAfterGRUCell(inputSize: inputSize, hiddenSize: units, using: &random)
      if let initializer { cell.inputWeight = initializer.tensor(shape: cell.inputWeight.shape, using: &random) }
      return Recurrent(cell: cell, returnsSequences: returnsSequences)
    case .gruResetBefore:
      var cell = GRUCell(inputSize: inputSize, hiddenSize: units, using: &random)
      if let initializer { cell.inputWeight = initializer.tensor(shape: cell.inputWeight.shape, using: &random) }
      return Recurrent(cell: cell, returnsSequences: returnsSequences)
    }
  }
}
