/// `np.random.RandomState(seed)`: a generator of its own (MT19937, numpy's legacy values), with
/// the methods of `np.random` (`rand`, `randn`, `randint`, `choice`, `permutation`, `seed`, ...).
///
/// ```python
/// rng = np.random.RandomState(0)
/// rng.randn(2)        # the values np.random.seed(0); np.random.randn(2) gives
/// ```
final class NumpyRandomStateObject: NativeObject {
  /// The methods, bound to this object's own generator.
  let methods: PyModule

  init(_ random: NumpyRandom) {
    methods = Numpy.randomModule(random)
  }

  var typeName: String { "numpy.random.mtrand.RandomState" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String { "RandomState(MT19937)" }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    methods.members[name]
  }

  var attributeNames: [String] { methods.members.keys.sorted() }

  /// `np.random.RandomState(seed=None)`; without a seed it starts as the global generator does.
  static let constructor = BuiltinFunction(
    name: "RandomState", signature: "RandomState(seed=None)",
    doc: "A random generator of its own, with the methods of np.random: RandomState(0).randn(2)."
  ) { arguments throws(PyException) in
    let random = NumpyRandom()
    if let seed = try arguments.int("seed", at: 0, default: nil) {
      try Numpy.run { () throws(NumpyError) in try random.seed(seed) }
    }
    return .native(NumpyRandomStateObject(random))
  }
}
