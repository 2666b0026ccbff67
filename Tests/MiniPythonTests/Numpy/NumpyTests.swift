import Testing

@testable import MiniPython

/// The `numpy` module through the interpreter's calling convention, as a script reaches it.
@Suite struct NumpyTests {
  let interpreter = Interpreter()

  func np(_ path: String, _ args: PyValue..., keywords: [(name: String, value: PyValue)] = []) throws -> PyValue {
    var value = PyValue.module(try interpreter.importModule("numpy"))
    for part in path.split(separator: ".") { value = try interpreter.attribute(value, String(part)) }
    return try interpreter.call(value, args, keywords: keywords)
  }

  func list(_ values: Double...) -> PyValue { .list(PyList(values.map { .float($0) })) }
  func ints(_ values: Int...) -> PyValue { .list(PyList(values.map { .int($0) })) }

  @Test func arraysPrintAsNumpyDoes() throws {
    let a = try np("array", .list(PyList([list(1, 2.5), list(3, 4)])))
    #expect(try interpreter.str(a) == "[[1.  2.5]\n [3.  4. ]]")
    #expect(try interpreter.repr(a) == "array([[1. , 2.5],\n       [3. , 4. ]])")
    #expect(try interpreter.repr(try interpreter.attribute(a, "dtype")) == "dtype('float64')")
    #expect(try interpreter.repr(try interpreter.attribute(a, "shape")) == "(2, 2)")
  }

  @Test func reductionsReturnPythonScalars() throws {
    let a = try np("arange", .int(6))
    #expect(try interpreter.repr(try np("sum", a)) == "15")
    #expect(try interpreter.repr(try np("mean", a)) == "2.5")
    let m = try np("reshape", a, .tuple([.int(2), .int(3)]))
    #expect(try interpreter.repr(try np("sum", m, keywords: [("axis", .int(0)), ("keepdims", .bool(true))])) == "array([[3, 5, 7]])")
  }

  @Test func operatorsBroadcastAndReflect() throws {
    let a = try np("arange", .int(3))
    let doubled = try interpreter.binary(.multiply, .float(2), a)
    #expect(try interpreter.repr(doubled) == "array([0., 2., 4.])")
    let column = try np("reshape", a, .tuple([.int(3), .int(1)]))
    #expect(try interpreter.repr(try interpreter.binary(.add, a, column)) == "array([[0, 1, 2],\n       [1, 2, 3],\n       [2, 3, 4]])")
    #expect(try interpreter.repr(try interpreter.binary(.trueDivide, a, .int(2))) == "array([0. , 0.5, 1. ])")
  }

  @Test func slicesWriteThroughToTheOriginal() throws {
    let a = try np("zeros", .int(4))
    let tail = try interpreter.item(a, .slice(PySlice(start: .int(1), stop: .none, step: .none)))
    try interpreter.setItem(tail, .int(0), .int(5))
    #expect(try interpreter.repr(a) == "array([0., 5., 0., 0.])")
  }

  @Test func broadcastErrorsAreNumpysValueError() throws {
    let a = try np("ones", .tuple([.int(2), .int(3)]))
    let b = try np("ones", .int(4))
    do {
      _ = try interpreter.binary(.add, a, b)
      Issue.record("expected an error")
    } catch {
      #expect(error.typeName == "ValueError")
      #expect(error.args.first.map { try? interpreter.str($0) } == "operands could not be broadcast together with shapes (2,3) (4,) ")
    }
  }

  @Test func randomMatchesNumpysLegacyGenerator() throws {
    // np.random.seed(1); np.random.randn(3) -> [1.6243453636632417, -0.6117564136500754, -0.5281717522634557]
    _ = try np("random.seed", .int(1))
    #expect(try interpreter.repr(try np("random.randn", .int(3))) == "array([ 1.62434536, -0.61175641, -0.52817175])")
    _ = try np("random.seed", .int(0))
    #expect(try interpreter.repr(try np("random.randint", .int(0), .int(10), .int(5))) == "array([5, 0, 3, 3, 7])")
  }

  @Test func nditerVisitsEveryIndexAndWrites() throws {
    let a = try np("zeros", .tuple([.int(2), .int(2)]))
    let it = try np("nditer", a, keywords: [("flags", .list(PyList([.str("multi_index")]))), ("op_flags", .list(PyList([.str("readwrite")])))])
    var visited: [String] = []
    while !(try interpreter.truthy(try interpreter.attribute(it, "finished"))) {
      let index = try interpreter.attribute(it, "multi_index")
      visited.append(try interpreter.repr(index))
      try interpreter.setItem(a, index, .float(Double(visited.count)))
      _ = try interpreter.call(try interpreter.attribute(it, "iternext"), [])
    }
    #expect(visited == ["(0, 0)", "(0, 1)", "(1, 0)", "(1, 1)"])
    #expect(try interpreter.repr(a) == "array([[1., 2.],\n       [3., 4.]])")
  }

  @Test func printOptionsApplyToTheSession() throws {
    _ = try np("set_printoptions", keywords: [("precision", .int(3)), ("suppress", .bool(true))])
    let a = try np("array", list(1e-10, 1.23456))
    #expect(try interpreter.str(a) == "[0.    1.235]")
  }

  @Test func oneElementArraysConvertToPythonNumbersAsInNumpy1() throws {
    // numpy 2 refuses float() of a (1, 1) array; the course (numpy 1.x) relies on it.
    let cost = NDArray(shape: [1, 1], scalars: [0.25])
    #expect(cost.floatValue == 0.25)
    #expect(NDArray(shape: [1], scalars: [7], dtype: .int64).indexValue == 7)
    #expect(NDArray(shape: [2], scalars: [1, 2]).floatValue == nil)
  }

  @Test func squeezeKeepsZeroDimensionalArrays() throws {
    let cost = try np("squeeze", try np("array", .list(PyList([list(0.5)]))))
    #expect(try interpreter.repr(try interpreter.attribute(cost, "shape")) == "()")
    #expect(try interpreter.str(cost) == "0.5")
    #expect(try interpreter.repr(cost) == "array(0.5)")
  }

  @Test func axisErrorsAreValueErrorsNamedAsNumpyNamesThem() throws {
    do {
      _ = try np("sum", try np("ones", .int(3)), keywords: [("axis", .int(1))])
      Issue.record("expected an error")
    } catch let error as PyException {
      #expect(error.typeName == "numpy.exceptions.AxisError")
      #expect(error.matches(.valueError))
    }
  }

  @Test func everyFunctionHasHelpText() throws {
    let module = try interpreter.importModule("numpy")
    for (name, member) in module.members {
      if case .builtin(let function) = member {
        #expect(!function.doc.isEmpty, "np.\(name) has no help text")
      }
    }
  }

  @Test func dotShapeErrorsSuggestATranspose() throws {
    do {
      _ = try np("dot", try np("ones", .tuple([.int(4), .int(2)])), try np("ones", .tuple([.int(4), .int(400)])))
      Issue.record("expected an error")
    } catch let error as PyException {
      #expect(error.help == "the first operand has shape (4, 2) and the second (4, 400); did you mean np.dot(A.T, B)?")
    }
  }
}
