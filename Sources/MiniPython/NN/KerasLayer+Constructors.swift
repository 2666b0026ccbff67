import NeuralCore

/// The layer constructors of `tf.keras.layers`: one table entry per class, each listing the
/// arguments it supports (anything else raises `ValueError` naming them).
extension KerasLayer {
  /// Arguments every layer takes.
  static let common = ["input_shape", "name"]

  static func constructors(_ context: KerasContext) -> [BuiltinFunction] {
    var table: [BuiltinFunction] = [
      constructor(
        "Dense", ["units"],
        ["activation", "kernel_initializer", "kernel_regularizer", "input_dim"],
        "Dense(units, activation=None, kernel_initializer='glorot_uniform', kernel_regularizer=None)",
        "A fully connected layer: y = activation(x·W + b), W of shape (inputs, units).", context
      ) { a, owner throws(PyException) in
        .dense(
          units: try KerasArguments.positiveInt(a, owner, "units", at: 0),
          activation: try KerasActivation.read(try a.value("activation", at: 1), owner),
          initializer: try KerasInitializer.read(
            try a.value("kernel_initializer"), owner, default: .xavierUniform))
      },
      constructor(
        "Activation", ["activation"], [], "Activation(activation)",
        "Applies an activation by name: sigmoid, tanh, relu, leaky_relu, softmax, linear.", context
      ) { a, owner throws(PyException) in
        .activation(try KerasActivation.read(try a.required("activation", at: 0), owner))
      },
      constructor(
        "Dropout", ["rate"], ["seed"], "Dropout(rate)",
        "Inverted dropout in training (each input zeroed with probability rate); identity in predict.",
        context
      ) { a, owner throws(PyException) in
        .dropout(rate: try KerasArguments.rate(a, owner, "rate", at: 0))
      },
      constructor("Flatten", [], [], "Flatten()", "Flattens each example to one axis.", context) {
        _, _ throws(PyException) in .flatten
      },
      constructor("ReLU", [], [], "ReLU()", "The activation max(x, 0) as a layer.", context) {
        _, _ throws(PyException) in .activation(.relu)
      },
      constructor("Softmax", [], [], "Softmax()", "The softmax of each example as a layer.", context) {
        _, _ throws(PyException) in .activation(.softmax)
      },
      constructor(
        "LeakyReLU", ["alpha"], [], "LeakyReLU(alpha=0.3)",
        "max(x, 0) + alpha·min(x, 0) as a layer (Keras' default slope 0.3).", context
      ) { a, owner throws(PyException) in
        let slope = try a.double("alpha", at: 0, default: 0.3)
        guard slope >= 0 else {
          throw PyException(.valueError, "\(owner): alpha must be non-negative, got \(slope)")
        }
        return .leakyReLU(slope: slope)
      },
      constructor(
        "Conv2D", ["filters", "kernel_size"],
        ["strides", "padding", "activation", "kernel_initializer", "kernel_regularizer"],
        "Conv2D(filters, kernel_size, strides=1, padding='valid', activation=None)",
        "A 2-D convolution over images (None, height, width, channels); kernel (k, k, channels, filters).",
        context
      ) { a, owner throws(PyException) in
        let padding = try KerasArguments.choice(a, owner, "padding", among: ["valid", "same"], default: "valid")
        return .conv2D(
          filters: try KerasArguments.positiveInt(a, owner, "filters", at: 0),
          kernelSize: try KerasArguments.square(try a.required("kernel_size", at: 1), owner, "kernel_size"),
          stride: try a.value("strides").map { v throws(PyException) in
            try KerasArguments.square(v, owner, "strides")
          } ?? 1,
          padding: padding == "same" ? .same : .valid,
          activation: try KerasActivation.read(try a.value("activation"), owner),
          initializer: try KerasInitializer.read(
            try a.value("kernel_initializer"), owner, default: .xavierUniform))
      },
      constructor(
        "ZeroPadding2D", ["padding"], [], "ZeroPadding2D(padding=1)",
        "Zeros around each image: padding rows above and below, columns left and right.", context
      ) { a, owner throws(PyException) in
        .zeroPadding(try a.value("padding", at: 0).map { v throws(PyException) in
          try KerasArguments.square(v, owner, "padding")
        } ?? 1)
      },
      constructor(
        "BatchNormalization", [], ["axis", "momentum", "epsilon"],
        "BatchNormalization(momentum=0.99, epsilon=0.001)",
        "Normalises each feature (channel) by the batch's statistics, then scales and shifts.", context
      ) { a, owner throws(PyException) in
        let momentum = try a.double("momentum", default: 0.99)
        let epsilon = try a.double("epsilon", default: 0.001)
        guard momentum >= 0, momentum <= 1, epsilon > 0 else {
          throw PyException(
            .valueError, "\(owner): momentum must be in [0, 1] and epsilon positive, got \(momentum) and \(epsilon)")
        }
        return .batchNormalization(axis: try a.int("axis", default: -1), momentum: momentum, epsilon: epsilon)
      },
      constructor(
        "Embedding", ["input_dim", "output_dim"], ["embeddings_initializer", "input_length"],
        "Embedding(input_dim, output_dim, input_length=None)",
        "A table of output_dim-vectors for integer indices in 0..<input_dim.", context
      ) { a, owner throws(PyException) in
        .embedding(
          inputDim: try KerasArguments.positiveInt(a, owner, "input_dim", at: 0),
          outputDim: try KerasArguments.positiveInt(a, owner, "output_dim", at: 1),
          initializer: try a.value("embeddings_initializer").map { v throws(PyException) in
            try KerasInitializer.read(v, owner, default: .zeros)
          })
      },
    ]
    for (name, isMax) in [
      ("MaxPooling2D", true), ("MaxPool2D", true), ("AveragePooling2D", false), ("AvgPool2D", false),
    ] {
      table.append(
        constructor(
          name, ["pool_size", "strides", "padding"], [], "\(name)(pool_size=2, strides=None, padding='valid')",
          "\(isMax ? "Max" : "Average") pooling over windows of pool_size; strides default to pool_size.",
          context
        ) { a, owner throws(PyException) in
          let padding = try KerasArguments.choice(a, owner, "padding", among: ["valid", "same"], default: "valid")
          let size = try a.value("pool_size", at: 0).map { v throws(PyException) in
            try KerasArguments.pair(v, owner, "pool_size")
          } ?? (2, 2)
          let strides = try a.value("strides", at: 1).flatMap { v throws(PyException) in
            v.isNone ? nil : try KerasArguments.pair(v, owner, "strides")
          } ?? size
          return .pooling(isMax: isMax, size: size, strides: strides, padding: padding == "same" ? .same : .valid)
        })
    }
    for recurrence in [KerasLayerKind.Recurrence.simple, .lstm, .gru] {
      let extra = recurrence == .gru ? ["reset_after"] : []
      table.append(
        constructor(
          recurrence.rawValue, ["units"], ["return_sequences", "kernel_initializer"] + extra,
          "\(recurrence.rawValue)(units, return_sequences=False)",
          "A recurrent layer over (None, timesteps, features): the last hidden state, or all of them.",
          context
        ) { a, owner throws(PyException) in
          let resetAfter = recurrence == .gru ? try a.bool("reset_after", default: true) : false
          return .recurrent(
            recurrence == .gru && !resetAfter ? .gruResetBefore : recurrence,
            units: try KerasArguments.positiveInt(a, owner, "units", at: 0),
            returnsSequences: try a.bool("return_sequences", default: false),
            initializer: try a.value("kernel_initializer").map { v throws(PyException) in
              try KerasInitializer.read(v, owner, default: .xavierUniform)
            })
        })
    }
    return table + inputConstructors(context)
  }

  /// `Input(shape=(2,))` and `InputLayer(input_shape=(2,))`: the shape of one example.
  private static func inputConstructors(_ context: KerasContext) -> [BuiltinFunction] {
    [("Input", "shape"), ("InputLayer", "input_shape")].map { name, key in
      BuiltinFunction(
        name: name, signature: "\(name)(\(key))", doc: "Declares the shape of one example (no batch axis)."
      ) { a throws(PyException) in
        try KerasArguments.check(a, name, positional: [key], keywords: ["name", "batch_size"])
        let shape = try KerasArguments.shape(try a.required(key, at: 0), name, key)
        return .native(
          KerasLayer(
            className: "InputLayer", kind: .input(shape: shape), name: try a.string("name"),
            declaredInputShape: shape, context: context))
      }
    }
  }

  /// One table entry: checks the arguments, reads the common ones, makes the layer.
  private static func constructor(
    _ name: String, _ positional: [String], _ keywords: [String], _ signature: String, _ doc: String,
    _ context: KerasContext,
    _ make: @escaping (Arguments, String) throws(PyException) -> KerasLayerKind
  ) -> BuiltinFunction {
    BuiltinFunction(name: name, signature: signature, doc: doc) { a throws(PyException) in
      try KerasArguments.check(a, name, positional: positional, keywords: keywords + common)
      let kind = try make(a, name)
      var shape = try a.value("input_shape").map { v throws(PyException) in
        try KerasArguments.shape(v, name, "input_shape")
      }
      if let dim = try a.int("input_dim", default: nil), shape == nil {
        shape = [dim]
      }
      if case .embedding = kind, let length = try a.int("input_length", default: nil), shape == nil {
        shape = [length]
      }
      let className = name == "MaxPool2D" ? "MaxPooling2D" : name == "AvgPool2D" ? "AveragePooling2D" : name
      return .native(
        KerasLayer(
          className: className, kind: kind, name: try a.string("name"), declaredInputShape: shape,
          regularization: try KerasRegularizer.read(try a.value("kernel_regularizer"), name),
          context: context))
    }
  }
}
