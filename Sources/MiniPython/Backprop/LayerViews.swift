import NeuralCore

/// `show_filters`, `show_activations` and `show_hidden`: a model's insides as image grids and heat
/// strips, drawn through the session's pyplot (a new figure each, shown by `plt.show()`).
///
/// - `show_filters(layer)`: a `Conv2D` layer's kernels `(kh, kw, C, F)` as `F` small images
///   (RGB when `C = 3`, else the mean over the input channels), or a `Dense` layer's weights
///   `(D, M)` as `M` images of `√D × √D` when `D` is a square (cs231n's "templates").
/// - `show_activations(model, x)`: one example's output of every layer, in inference mode: for
///   each layer with an image output `(h, w, C)`, its first `channels` channels in a row; a
///   vector output `(M,)` as a `1 × M` strip.
/// - `show_hidden(model, sequence)`: the first recurrent layer's hidden state at every time step
///   of one sequence, as a heat strip of `units × T` (time to the right).
enum LayerViews {
  static let functions: [BuiltinFunction] = [
    BuiltinFunction(
      name: "show_filters", signature: "show_filters(layer, max_filters=32)",
      doc:
        "Shows a Conv2D layer's filters as small images (RGB for 3 input channels, else their mean\nover channels), or a Dense layer's weights per unit as square images when its input size is a\nsquare (the templates of a linear classifier)."
    ) { arguments throws(PyException) in
      try arguments.allowSupportedKeywords(["layer", "max_filters"])
      try arguments.expectCount(1...2)
      try showFilters(
        try arguments.required("layer", at: 0),
        limit: try arguments.int("max_filters", at: 1, default: 32), in: arguments.interpreter)
      return .none
    },
    BuiltinFunction(
      name: "show_activations", signature: "show_activations(model, x, channels=8)",
      doc:
        "Shows what every layer of a model outputs for one example x (inference mode): the first\nchannels of each image output in a row, each vector output as a strip."
    ) { arguments throws(PyException) in
      try arguments.allowSupportedKeywords(["model", "x", "channels"])
      try arguments.expectCount(2...3)
      try showActivations(
        try model(arguments), try example(arguments),
        channels: try arguments.int("channels", at: 2, default: 8), in: arguments.interpreter)
      return .none
    },
    BuiltinFunction(
      name: "show_hidden", signature: "show_hidden(model, sequence)",
      doc:
        "Shows the hidden state of a model's first recurrent layer (SimpleRNN, LSTM, GRU) at every\ntime step of one sequence, as a heat strip: one row per unit, time to the right."
    ) { arguments throws(PyException) in
      try arguments.allowSupportedKeywords(["model", "sequence"])
      try arguments.expectCount(2...2)
      try showHidden(try model(arguments), try example(arguments), in: arguments.interpreter)
      return .none
    },
  ]

  private static func model(_ arguments: Arguments) throws(PyException) -> KerasModel {
    let value = try arguments.required("model", at: 0)
    guard case .native(let object) = value, let model = object as? KerasModel else {
      throw PyException(
        .typeError,
        "\(arguments.functionName)() takes a Keras model (tf.keras.Sequential), not \(value.typeName)"
      )
    }
    return model
  }

  /// One example as a batch of one: `x` of the model's input shape, or a batch whose first is used.
  private static func example(_ arguments: Arguments) throws(PyException) -> Tensor {
    let name = arguments.functionName == "show_hidden" ? "sequence" : "x"
    let value = try arguments.required(name, at: 1)
    let x: Tensor
    do {
      x = try Numpy.array(value).tensor
    } catch {
      throw PyException(
        .typeError,
        "\(arguments.functionName)() argument '\(name)' must be an array, not \(value.typeName)")
    }
    let model = try model(arguments)
    if let shape = model.inputShape {
      if x.shape == shape { return Tensor(shape: [1] + shape, scalars: x.scalars) }
      if Array(x.shape.dropFirst()) == shape, x.shape[0] >= 1 {
        return Tensor(shape: [1] + shape, scalars: Array(x.scalars[0..<shape.reduce(1, *)]))
      }
      throw PyException(
        .valueError,
        "\(arguments.functionName)() needs one example of shape \(shapeText(shape)) (or a batch of them), not \(shapeText(x.shape))"
      )
    }
    return Tensor(shape: [1] + x.shape, scalars: x.scalars)
  }

  private static func showFilters(_ value: PyValue, limit: Int, in interpreter: Interpreter)
    throws(PyException)
  {
    guard case .native(let object) = value, let layer = object as? KerasLayer,
      let kernel = layer.weights.first
    else {
      throw PyException(
        .typeError,
        "show_filters() takes a built Conv2D or Dense layer (model.layers[i]), not \(value.typeName)"
      )
    }
    var images: [(values: [Double], rows: Int, columns: Int, channels: Int)] = []
    let shape = kernel.shape
    if shape.count == 4 {
      let (kh, kw, c, f) = (shape[0], shape[1], shape[2], shape[3])
      for filter in 0..<min(f, limit) {
        var pixels: [Double] = []
        for r in 0..<kh {
          for q in 0..<kw {
            let base = ((r * kw + q) * c) * f + filter
            let channel = (0..<c).map { kernel.scalars[base + $0 * f] }
            pixels += c == 3 ? channel : [channel.reduce(0, +) / Double(c)]
          }
        }
        images.append((normalized(pixels), kh, kw, c == 3 ? 3 : 1))
      }
    } else if shape.count == 2, let side = Int(exactly: Double(shape[0]).squareRoot().rounded()),
      side * side == shape[0]
    {
      for unit in 0..<min(shape[1], limit) {
        images.append(
          (normalized((0..<shape[0]).map { kernel.scalars[$0 * shape[1] + unit] }), side, side, 1))
      }
    } else {
      throw PyException(
        .valueError,
        "show_filters() shows Conv2D kernels or Dense weights of a square input size; \(layer.name) has weights of shape \(shapeText(shape))"
      )
    }
    let plt = try PyplotCalls(interpreter)
    try plt("figure", [])
    let columns = min(8, images.count)
    let rows = (images.count + columns - 1) / columns
    for (index, image) in images.enumerated() {
      try plt("subplot", [.int(rows), .int(columns), .int(index + 1)])
      let shape =
        image.channels == 3 ? [image.rows, image.columns, 3] : [image.rows, image.columns]
      try plt(
        "imshow", [.native(NDArray(shape: shape, scalars: image.values))],
        image.channels == 3 ? [] : [("cmap", .str("gray"))])
      try plt("axis", [.str("off")])
      try plt("title", [.str(String(index))])
    }
    try blank(plt, from: images.count, to: rows * columns, rows: rows, columns: columns)
    try plt("suptitle", [.str("\(layer.name): \(images.count) of \(shape.last ?? 0) filters")])
  }

  private static func showActivations(
    _ model: KerasModel, _ x: Tensor, channels: Int, in interpreter: Interpreter
  ) throws(PyException) {
    var current = x
    var rows: [(name: String, images: [[Double]], height: Int, width: Int)] = []
    try model.requireBatch(x)
    for layer in model.layers {
      guard var core = layer.core else { continue }
      core.setTraining(false)
      current = output(of: core, current)
      // A flattened or dropped-out copy of the previous output shows nothing new.
      if core is Flatten || core is Dropout { continue }
      let shape = Array(current.shape.dropFirst())
      if shape.count == 3 {
        let (h, w, c) = (shape[0], shape[1], shape[2])
        let maps = (0..<min(c, channels)).map { channel in
          (0..<(h * w)).map { current.scalars[$0 * c + channel] }
        }
        rows.append((layer.name, maps, h, w))
      } else {
        rows.append((layer.name, [current.scalars], 1, current.count))
      }
    }
    let plt = try PyplotCalls(interpreter)
    try plt("figure", [])
    let columns = max(1, rows.map(\.images.count).max() ?? 1)
    for (r, row) in rows.enumerated() {
      for (c, map) in row.images.enumerated() {
        try plt("subplot", [.int(rows.count), .int(columns), .int(r * columns + c + 1)])
        try plt(
          "imshow", [.native(NDArray(shape: [row.height, row.width], scalars: map))],
          [("cmap", .str("viridis"))])
        try plt("axis", [.str("off")])
        if c == 0 { try plt("title", [.str(row.name)]) }
      }
      try blank(
        plt, from: r * columns + row.images.count, to: (r + 1) * columns, rows: rows.count,
        columns: columns)
    }
    try plt("suptitle", [.str("activations of \(model.name) for one example")])
  }

  private static func showHidden(
    _ model: KerasModel, _ sequence: Tensor, in interpreter: Interpreter
  ) throws(PyException) {
    try model.requireBatch(sequence)
    var current = sequence
    for layer in model.layers {
      guard var core = layer.core else { continue }
      core.setTraining(false)
      if let states = allStates(of: core, current) {
        let (t, units) = (states.shape[1], states.shape[2])
        let strip = (0..<units).flatMap { unit in (0..<t).map { states.scalars[$0 * units + unit] }
        }
        let plt = try PyplotCalls(interpreter)
        try plt("figure", [])
        try plt(
          "imshow", [.native(NDArray(shape: [units, t], scalars: strip))],
          [("cmap", .str("RdBu")), ("aspect", .str("auto"))])
        try plt("title", [.str("\(layer.name): hidden state over \(t) time steps")])
        try plt("xlabel", [.str("time step")])
        try plt("ylabel", [.str("unit")])
        return
      }
      current = output(of: core, current)
    }
    throw PyException(
      .valueError,
      "show_hidden() needs a model with a recurrent layer (SimpleRNN, LSTM or GRU); \(model.name) has none"
    )
  }

  /// A recurrent layer's state at every time step `[1, T, H]`; `nil` for other layers.
  private static func allStates(of layer: any Layer, _ input: Tensor) -> Tensor? {
    if var rnn = layer as? RNN {
      rnn.returnsSequences = true
      return rnn.forward(input).output
    }
    if var lstm = layer as? LSTM {
      lstm.returnsSequences = true
      return lstm.forward(input).output
    }
    if var gru = layer as? GRU {
      gru.returnsSequences = true
      return gru.forward(input).output
    }
    return nil
  }

  /// Turns the axes off in the grid cells `first ..< end` (0-based), which hold no image.
  private static func blank(
    _ plt: PyplotCalls, from first: Int, to end: Int, rows: Int, columns: Int
  ) throws(PyException) {
    for cell in first..<max(first, end) {
      try plt("subplot", [.int(rows), .int(columns), .int(cell + 1)])
      try plt("axis", [.str("off")])
    }
  }

  private static func output<L: Layer>(of layer: L, _ input: Tensor) -> Tensor {
    layer.forward(input).output
  }

  /// Values scaled to `[0, 1]` (a constant image becomes 0.5).
  private static func normalized(_ values: [Double]) -> [Double] {
    guard let low = values.min(), let high = values.max(), high > low else {
      return values.map { _ in 0.5 }
    }
    return values.map { ($0 - low) / (high - low) }
  }
}
