/// The `np.random` submodule: numpy's legacy global generator.
extension Numpy {
  static func randomModule(_ random: NumpyRandom) -> PyModule {
    PyModule(
      name: "numpy.random", doc: "Random numbers from numpy's legacy MT19937 generator, value for value.",
      functions: [
        function("seed", "seed(seed)", "Reseeds the global generator.") { arguments throws(PyException) in
          let seed = try arguments.int("seed", at: 0)
          try run { () throws(NumpyError) in try random.seed(seed) }
          return .none
        },
        function("rand", "rand(d0, d1, ...)", "Uniform samples in [0, 1) of the given shape.") { arguments throws(PyException) in
          let shape = try dimensions(arguments)
          return wrap(try run { () throws(NumpyError) in try random.randomSample(shape) })
        },
        function("randn", "randn(d0, d1, ...)", "Standard normal samples of the given shape.") { arguments throws(PyException) in
          let shape = try dimensions(arguments)
          return wrap(try run { () throws(NumpyError) in try random.standardNormal(shape) })
        },
        sample("random", random), sample("random_sample", random), sample("ranf", random), sample("sample", random),
        function("uniform", "uniform(low=0.0, high=1.0, size=None)", "Uniform samples in [low, high).") { arguments throws(PyException) in
          let (low, high) = (try arguments.double("low", at: 0, default: 0), try arguments.double("high", at: 1, default: 1))
          let size = try sizeArgument(arguments, at: 2)
          return wrap(try run { () throws(NumpyError) in try random.uniform(low: low, high: high, size) })
        },
        function("normal", "normal(loc=0.0, scale=1.0, size=None)", "Normal samples with mean loc and standard deviation scale.") { arguments throws(PyException) in
          let (mean, scale) = (try arguments.double("loc", at: 0, default: 0), try arguments.double("scale", at: 1, default: 1))
          let size = try sizeArgument(arguments, at: 2)
          return wrap(try run { () throws(NumpyError) in try random.normal(mean: mean, scale: scale, size) })
        },
        function("randint", "randint(low, high=None, size=None)", "Integers in [low, high), or [0, low) without high.") { arguments throws(PyException) in
          let low = try arguments.int("low", at: 0)
          let high = try arguments.int("high", at: 1, default: nil)
          let size = try sizeArgument(arguments, at: 2)
          return wrap(try run { () throws(NumpyError) in try random.randint(low: low, high: high, size) })
        },
        function("permutation", "permutation(x)", "A shuffled arange(x), or a copy of array x with its first axis shuffled.") { arguments throws(PyException) in
          let x = try arguments.required("x", at: 0)
          if case .int(let n) = x { return .native(random.permutation(n)) }
          let a = try array(x)
          return .native(try run { () throws(NumpyError) in try random.permutation(a) })
        },
        function("shuffle", "shuffle(x)", "Shuffles an array (its first axis) or a list in place.") { arguments throws(PyException) in
          let x = try arguments.required("x", at: 0)
          if case .list(let list) = x {
            let order = random.permutation(list.items.count).scalars.map { Int($0) }
            list.items = order.map { list.items[$0] }
            return .none
          }
          let a = try array(x)
          try run { () throws(NumpyError) in try random.shuffle(a) }
          return .none
        },
        function("choice", "choice(a, size=None, replace=True, p=None)", "Samples from arange(a) or from a 1-D array, optionally with probabilities p.") { arguments throws(PyException) in
          let a = try arguments.required("a", at: 0)
          let size = try sizeArgument(arguments, at: 1)
          let replace = try arguments.bool("replace", at: 2, default: true)
          let p = try optionalArray(arguments, "p", at: 3)?.scalars
          if case .int(let n) = a {
            return wrap(try run { () throws(NumpyError) in try random.choice(n, size, replace: replace, p: p) })
          }
          let population = try array(a)
          return wrap(try run { () throws(NumpyError) in try random.choice(from: population, size, replace: replace, p: p) })
        },
      ])
  }

  private static func sample(_ name: String, _ random: NumpyRandom) -> BuiltinFunction {
    function(name, "\(name)(size=None)", "Uniform samples in [0, 1).") { arguments throws(PyException) in
      let size = try sizeArgument(arguments, at: 0)
      return wrap(try run { () throws(NumpyError) in try random.randomSample(size) })
    }
  }

  /// `rand(2, 3)` style dimensions; none means a single value.
  private static func dimensions(_ arguments: Arguments) throws(PyException) -> [Int]? {
    if arguments.count == 0 { return nil }
    var shape: [Int] = []
    for value in arguments.positional {
      guard let n = value.asIndex else { throw PyException(.typeError, "'\(value.typeName)' object cannot be interpreted as an integer") }
      shape.append(n)
    }
    return shape
  }

  private static func sizeArgument(_ arguments: Arguments, at position: Int) throws(PyException) -> [Int]? {
    guard let value = try arguments.value("size", at: position), !value.isNone else { return nil }
    return try shape(value)
  }
}
