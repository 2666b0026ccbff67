import NeuralCore

/// The Keras-style modules: `tensorflow` (with `tf.keras.…`), `keras`, and `backprop.nn`, all
/// bound to NeuralCore.
///
/// Each import name builds the whole tree once per session with one `KerasContext`, so
/// `from tensorflow.keras.layers import Dense` and `from tensorflow.keras.models import Sequential`
/// share layer names and the weight generator.
enum KerasModule {
  /// `import tensorflow as tf`: `tf.keras`, `tf.random.set_seed`.
  static func tensorflow() -> PyModule {
    let context = KerasContext()
    let keras = tree(named: "tensorflow.keras", context)
    let random = PyModule(
      name: "tensorflow.random", doc: "Seeding the generator Keras layers draw from.",
      functions: [seedFunction("set_seed", context)])
    let module = PyModule(
      name: "tensorflow",
      doc: "The Keras API of TensorFlow (tf.keras), running on Backprop's NeuralCore.",
      members: ["keras": .module(keras), "random": .module(random), "__version__": .str("2.10.0")])
    return module
  }

  /// `import keras` (and `from keras import layers`).
  static func keras() -> PyModule { tree(named: "keras", KerasContext()) }

  /// `backprop.nn`: Backprop's own name for the same API.
  static func backpropNN() -> PyModule { tree(named: "backprop.nn", KerasContext()) }

  /// `keras` with its submodules, for one session.
  static func tree(named name: String, _ context: KerasContext) -> PyModule {
    let layerFunctions = KerasLayer.constructors(context)
    let layers = PyModule(
      name: "\(name).layers",
      doc: "Layers: Dense, Activation, Dropout, Flatten, Input, Conv2D, MaxPooling2D, AveragePooling2D, ZeroPadding2D, BatchNormalization, SimpleRNN, LSTM, GRU, Embedding.",
      functions: layerFunctions)
    let sequential = sequentialConstructor(context)
    let models = PyModule(
      name: "\(name).models", doc: "Models: Sequential.", functions: [sequential, unsupportedModel])
    let schedules = PyModule(
      name: "\(name).optimizers.schedules", doc: "Learning-rate schedules: ExponentialDecay, InverseTimeDecay.",
      functions: KerasSchedule.constructors())
    let optimizers = PyModule(
      name: "\(name).optimizers", doc: "Optimizers: SGD (with momentum), RMSprop, Adam.",
      functions: KerasOptimizer.constructors())
    optimizers.members["schedules"] = .module(schedules)
    let losses = PyModule(
      name: "\(name).losses",
      doc: "Losses: BinaryCrossentropy, CategoricalCrossentropy, SparseCategoricalCrossentropy, MeanSquaredError, Hinge.",
      functions: KerasLossObject.constructors())
    let initializers = PyModule(
      name: "\(name).initializers", doc: "Initializers: GlorotUniform, GlorotNormal, HeNormal, RandomNormal, Zeros.",
      functions: KerasInitializer.constructors())
    let regularizers = PyModule(
      name: "\(name).regularizers", doc: "Regularizers: l2.", functions: KerasRegularizer.constructors())
    let utils = PyModule(
      name: "\(name).utils", doc: "set_random_seed, to_categorical.",
      functions: [seedFunction("set_random_seed", context), toCategorical])
    let clear = BuiltinFunction(
      name: "clear_session", signature: "clear_session()",
      doc: "Restarts layer and model names (the next Dense is 'dense' again); weights already made stay."
    ) { a throws(PyException) in
      try a.expectCount(0...0)
      context.clearNames()
      return .none
    }
    let backend = PyModule(name: "\(name).backend", doc: "clear_session.", functions: [clear])
    var members: [String: PyValue] = [
      "backend": .module(backend),
      "layers": .module(layers), "models": .module(models), "optimizers": .module(optimizers),
      "losses": .module(losses), "initializers": .module(initializers),
      "regularizers": .module(regularizers), "utils": .module(utils),
      "Sequential": .builtin(sequential), "Model": .builtin(unsupportedModel),
    ]
    for function in layerFunctions where function.name == "Input" { members["Input"] = .builtin(function) }
    return PyModule(
      name: name,
      doc: "A Keras-style API for small networks on NeuralCore: Sequential models, layers, optimizers, losses.",
      members: members)
  }

  /// `Sequential(layers=None, name=None)`.
  static func sequentialConstructor(_ context: KerasContext) -> BuiltinFunction {
    BuiltinFunction(
      name: "Sequential", signature: "Sequential(layers=None, name=None)",
      doc: "A model applying its layers one after another."
    ) { a throws(PyException) in
      try KerasArguments.check(a, "Sequential", positional: ["layers", "name"], keywords: [])
      let model = KerasModel(name: try a.string("name", at: 1), context: context)
      if let layers = try a.value("layers", at: 0), !layers.isNone {
        let iterator = try a.interpreter.iterate(layers)
        while let layer = try iterator.next() { try model.add(try KerasModel.layer(layer)) }
      }
      return .native(model)
    }
  }

  /// The functional `Model(inputs, outputs)` and subclassing are outside the subset.
  static let unsupportedModel = BuiltinFunction(
    name: "Model", signature: "Model(inputs, outputs)", doc: "Not supported: use Sequential."
  ) { _ throws(PyException) in
    throw PyException(
      .notImplementedError,
      "Model (the functional API) is not supported (supported: Sequential([...]) and model.add)")
  }

  /// `set_seed(s)`: restarts the generator that weights, dropout and shuffling draw from.
  static func seedFunction(_ name: String, _ context: KerasContext) -> BuiltinFunction {
    BuiltinFunction(name: name, signature: "\(name)(seed)", doc: "Seeds the generator Keras layers draw from.") {
      a throws(PyException) in
      try a.expectCount(1...1)
      let seed = try a.int("seed", at: 0)
      guard seed >= 0, seed <= Int(UInt32.max) else {
        throw PyException(.valueError, "\(name): seed must be between 0 and 2**32 - 1, got \(seed)")
      }
      context.reseed(UInt32(seed))
      return .none
    }
  }

  /// `to_categorical(y, num_classes=None)`: one-hot rows for class indices.
  static let toCategorical = BuiltinFunction(
    name: "to_categorical", signature: "to_categorical(y, num_classes=None)",
    doc: "One-hot rows (N, num_classes) for integer class labels (N,)."
  ) { a throws(PyException) in
    try KerasArguments.check(a, "to_categorical", positional: ["y", "num_classes"], keywords: ["dtype"])
    let labels = try KerasArguments.tensor(try a.required("y", at: 0)).scalars
    for label in labels where !(label >= 0 && label == label.rounded()) {
      throw PyException(.valueError, "to_categorical: labels must be non-negative integers, got \(PythonFloat.repr(label))")
    }
    let classes = try a.int("num_classes", at: 1, default: nil) ?? Int(labels.max() ?? -1) + 1
    var scalars = [Double](repeating: 0, count: labels.count * classes)
    for (i, label) in labels.enumerated() {
      guard Int(label) < classes else {
        throw PyException(.indexError, "to_categorical: label \(Int(label)) is out of bounds for num_classes=\(classes)")
      }
      scalars[i * classes + Int(label)] = 1
    }
    return .native(NDArray(shape: [labels.count, classes], scalars: scalars, dtype: .float64))
  }
}
