/// `backprop.compare(build, X, y, runs)`: the same net trained several ways on the same data from
/// the same starting weights, with the loss curves drawn together (the optimisation lessons).
///
/// ```python
/// def build(kernel_initializer='glorot_uniform'):
///     return tf.keras.Sequential([layers.Dense(8, activation='relu', input_shape=(2,),
///                                              kernel_initializer=kernel_initializer),
///                                 layers.Dense(1, activation='sigmoid')])
/// histories = backprop.compare(build, X, y, {
///     'SGD': 'sgd',
///     'momentum': tf.keras.optimizers.SGD(0.01, momentum=0.9),
///     'Adam': tf.keras.optimizers.Adam(0.01),
///     'Adam, zeros': {'optimizer': 'adam', 'kernel_initializer': 'zeros'},
/// }, loss='binary_crossentropy', epochs=20)
/// ```
///
/// Each run: the Keras generator is reseeded with `seed`, `build(**options)` makes a fresh model
/// (so every run starts from the same weights unless its options change them), the model is
/// compiled with the run's optimizer (a name, an optimizer object, or the `optimizer` key of a
/// dictionary whose other keys go to `build`; `optimizer=` otherwise), the generator is reseeded
/// again and `fit(X, y, epochs, batch_size, verbose=0)` runs (so every run sees the same batches).
/// A new figure gets every run's loss per epoch, labelled; with `metrics=['accuracy']`, a second
/// panel gets the accuracies. Returns `{label: History}`.
enum OptimizerComparison {
  static let function = BuiltinFunction(
    name: "compare",
    signature:
      "compare(build, X, y, runs, loss='binary_crossentropy', optimizer='adam', epochs=10, batch_size=32, metrics=None, seed=0)",
    doc:
      "Trains the same net several ways on the same data and seed, and plots the loss curves together.\nbuild(**options) returns a fresh Keras model; runs maps a label to an optimizer (a name or an\noptimizer object) or to a dict: its 'optimizer' key, the rest passed to build (e.g.\nkernel_initializer). Every run starts from the same seed and sees the same batches.\nReturns {label: History}."
  ) { arguments throws(PyException) in
    try arguments.allowSupportedKeywords([
      "build", "X", "y", "runs", "loss", "optimizer", "epochs", "batch_size", "metrics", "seed",
    ])
    try arguments.expectCount(0...4)
    let interpreter = arguments.interpreter
    let build = try arguments.required("build", at: 0)
    let x = try arguments.required("X", at: 1)
    let y = try arguments.required("y", at: 2)
    guard case .dict(let runs) = try arguments.required("runs", at: 3), runs.count > 0 else {
      throw PyException(
        .typeError, "compare() takes runs as a dict of label -> optimizer (or -> dict of options)",
        help: "for example {'SGD': 'sgd', 'Adam': tf.keras.optimizers.Adam(0.01)}")
    }
    let seed = try arguments.int("seed", default: 0)
    guard seed >= 0, seed <= Int(UInt32.max) else {
      throw PyException(.valueError, "Seed must be between 0 and 2**32 - 1")
    }
    let fitKeywords: [(name: String, value: PyValue)] = [
      ("epochs", .int(try arguments.int("epochs", default: 10))),
      ("batch_size", .int(try arguments.int("batch_size", default: 32))),
      ("verbose", .int(0)),
    ]
    var compileKeywords: [(name: String, value: PyValue)] = [
      ("loss", try arguments.value("loss") ?? .str("binary_crossentropy"))
    ]
    if let metrics = try arguments.value("metrics"), !metrics.isNone {
      compileKeywords.append(("metrics", metrics))
    }
    let defaultOptimizer = try arguments.value("optimizer") ?? .str("adam")
    let histories = PyDict()
    var curves: [(label: String, history: PyDict)] = []
    for (key, run) in runs.entries {
      let label = try interpreter.str(key)
      var optimizer = defaultOptimizer
      var options: [(name: String, value: PyValue)] = []
      if case .dict(let settings) = run {
        for (name, value) in settings.entries {
          guard case .str(let name) = name else {
            throw PyException(.typeError, "run '\(label)': option names must be strings")
          }
          if name == "optimizer" { optimizer = value } else { options.append((name, value)) }
        }
      } else {
        optimizer = run
      }
      let model = try freshModel(build, options, seed: UInt32(seed), label: label, in: interpreter)
      _ = try interpreter.call(
        try interpreter.attribute(.native(model), "compile"), [],
        keywords: [("optimizer", optimizer)] + compileKeywords)
      model.context.reseed(UInt32(seed))
      let history = try interpreter.call(
        try interpreter.attribute(.native(model), "fit"), [x, y], keywords: fitKeywords)
      histories.set(try PyKey(key), history)
      guard case .dict(let values) = try interpreter.attribute(history, "history") else { continue }
      curves.append((label, values))
    }
    try draw(curves, in: interpreter)
    return .dict(histories)
  }

  /// `build(**options)` with the Keras generator reseeded first, checked to be a Keras model.
  private static func freshModel(
    _ build: PyValue, _ options: [(name: String, value: PyValue)], seed: UInt32, label: String,
    in interpreter: Interpreter
  ) throws(PyException) -> KerasModel {
    // The generator belongs to the module the model comes from, known once a model exists: the
    // first model tells which, and the second is made after reseeding it.
    var context: KerasContext?
    for _ in 0..<2 {
      context?.reseed(seed)
      let made = try interpreter.call(build, [], keywords: options)
      guard case .native(let object) = made, let model = object as? KerasModel else {
        throw PyException(
          .typeError,
          "compare() needs build() to return a Keras model (tf.keras.Sequential), got \(made.typeName) for run '\(label)'"
        )
      }
      if context != nil { return model }
      context = model.context
    }
    preconditionFailure("the second model is returned")
  }

  /// The loss curves together (and the metric curves beside them, when there are metrics).
  private static func draw(
    _ curves: [(label: String, history: PyDict)], in interpreter: Interpreter
  ) throws(PyException) {
    let plt = try PyplotCalls(interpreter)
    try plt("figure", [])
    let metric = curves.first?.history.keys.compactMap(\.asString).first {
      $0 != "loss" && !$0.hasPrefix("val_")
    }
    let panels = [("loss", "loss")] + (metric.map { [($0, $0)] } ?? [])
    for (index, (key, title)) in panels.enumerated() {
      if panels.count > 1 { try plt("subplot", [.int(1), .int(panels.count), .int(index + 1)]) }
      for curve in curves {
        guard let series = curve.history.get(key) else { continue }
        let values = try Numpy.array(series).scalars
        guard !values.isEmpty else { continue }
        try plt(
          "plot", [.list(PyList((1...values.count).map { .int($0) })), series],
          [("label", .str(curve.label))])
      }
      try plt("title", [.str(title)])
      try plt("xlabel", [.str("epoch")])
      try plt("legend", [])
    }
  }
}
