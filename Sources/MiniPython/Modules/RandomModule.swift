/// The `random` module (Python's, not numpy's): the same numbers as CPython for the same seed.
enum RandomModule {
  /// The module's generator state, one per session.
  final class State {
    var generator = MersenneTwister(seed: UInt64(LibM.wallClock() * 1e6))
    var nextGauss: Double? = nil
  }

  static func make() -> PyModule {
    let state = State()
    return PyModule(
      name: "random", doc: "Pseudo-random numbers (Mersenne Twister, as CPython's random module).",
      functions: [
        BuiltinFunction(name: "seed", signature: "seed(a=None)", doc: "Seeds the generator.") {
          arguments throws(PyException) in
          let value = try arguments.value("a", at: 0) ?? .none
          let seed: UInt64
          switch value {
          case .none: seed = UInt64(LibM.wallClock() * 1e6)
          case .int(let i): seed = UInt64(i.magnitude)
          case .bool(let b): seed = b ? 1 : 0
          case .float(let d): seed = UInt64(abs(d.rounded(.towardZero)))
          default: seed = UInt64(truncatingIfNeeded: try PyKey(value).hashValue)
          }
          state.generator = MersenneTwister(seed: seed)
          state.nextGauss = nil
          return .none
        },
        BuiltinFunction(name: "random", signature: "random()", doc: "A float in [0, 1).") {
          _ throws(PyException) in .float(state.generator.nextDouble())
        },
        BuiltinFunction(name: "uniform", signature: "uniform(a, b)", doc: "A float between a and b.") {
          arguments throws(PyException) in
          let a = try arguments.double("a", at: 0)
          let b = try arguments.double("b", at: 1)
          return .float(a + (b - a) * state.generator.nextDouble())
        },
        BuiltinFunction(name: "randint", signature: "randint(a, b)", doc: "An int in [a, b], both included.") {
          arguments throws(PyException) in
          let a = try arguments.int("a", at: 0)
          let b = try arguments.int("b", at: 1)
          guard b >= a else { throw PyException(.valueError, "empty range for randrange() (\(a), \(b + 1), \(b + 1 - a))") }
          return .int(a + state.generator.below(b - a + 1))
        },
        BuiltinFunction(
          name: "randrange", signature: "randrange(start, stop=None, step=1)", doc: "A random element of range(start, stop, step)."
        ) { arguments throws(PyException) in
          var start = try arguments.int("start", at: 0)
          var stop = try arguments.int("stop", at: 1, default: nil)
          let step = try arguments.int("step", at: 2, default: 1)
          if stop == nil { (start, stop) = (0, start) }
          let range = PyRange(start: start, stop: stop!, step: step)  // set just above
          guard step != 0, range.count > 0 else { throw PyException(.valueError, "empty range for randrange()") }
          return .int(range.element(at: state.generator.below(range.count)))
        },
        BuiltinFunction(name: "choice", signature: "choice(seq)", doc: "A random element of seq.") {
          arguments throws(PyException) in
          let items = try arguments.interpreter.collect(try arguments.required("seq", at: 0))
          guard !items.isEmpty else { throw PyException(.indexError, "Cannot choose from an empty sequence") }
          return items[state.generator.below(items.count)]
        },
        BuiltinFunction(name: "shuffle", signature: "shuffle(x)", doc: "Shuffles the list x in place.") {
          arguments throws(PyException) in
          guard case .list(let list) = try arguments.required("x", at: 0) else {
            throw PyException(.typeError, "shuffle() expects a list")
          }
          for i in stride(from: list.items.count - 1, to: 0, by: -1) {
            list.items.swapAt(i, state.generator.below(i + 1))
          }
          return .none
        },
        BuiltinFunction(name: "sample", signature: "sample(population, k)", doc: "k distinct random elements.") {
          arguments throws(PyException) in
          let population = try arguments.interpreter.collect(try arguments.required("population", at: 0))
          let k = try arguments.int("k", at: 1)
          let n = population.count
          guard k >= 0 && k <= n else { throw PyException(.valueError, "Sample larger than population or is negative") }
          var setSize = 21
          if k > 5 {
            var power = 1
            while power < k * 3 { power *= 4 }
            setSize += power
          }
          var result: [PyValue] = []
          if n <= setSize {
            var pool = population
            for i in 0..<k {
              let j = state.generator.below(n - i)
              result.append(pool[j])
              pool[j] = pool[n - i - 1]
            }
          } else {
            var selected: Set<Int> = []
            for _ in 0..<k {
              var j = state.generator.below(n)
              while selected.contains(j) { j = state.generator.below(n) }
              selected.insert(j)
              result.append(population[j])
            }
          }
          return .list(PyList(result))
        },
        BuiltinFunction(name: "gauss", signature: "gauss(mu=0.0, sigma=1.0)", doc: "A normal sample.") {
          arguments throws(PyException) in
          let mu = try arguments.double("mu", at: 0, default: 0)
          let sigma = try arguments.double("sigma", at: 1, default: 1)
          var z: Double
          if let cached = state.nextGauss {
            z = cached
            state.nextGauss = nil
          } else {
            let angle = state.generator.nextDouble() * 2 * Double.pi
            let radius = (-2 * LibM.log(1 - state.generator.nextDouble())).squareRoot()
            z = LibM.cos(angle) * radius
            state.nextGauss = LibM.sin(angle) * radius
          }
          return .float(mu + z * sigma)
        },
      ])
  }
}
