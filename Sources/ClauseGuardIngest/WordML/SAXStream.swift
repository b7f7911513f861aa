import CLibXML2
#if canImport(Glibc)
import Glibc
#endif
import ClauseGuardModel

/// Receives the events of a streaming XML parse. Names are local names; `namespace` is the element's URI.
protocol SAXHandler: AnyObject {
    func start(_ name: XMLName, namespace: XMLName, attributes: SAXAttributes)
    func end(_ name: XMLName, namespace: XMLName)
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// libxml2's SAX2 push parser fed in chunks, so a part is never held as a tree (nor, when streamed from the zip,
/// whole in memory). No network, no DTD loading, no entity substitution; a DOCTYPE is refused outright because
/// Word never writes one and it is how XXE and entity-expansion attacks start.
final class SAXStream {
    enum Failure: Error {
        case malformed(line: Int, message: String)
        case doctype
    }

    private static let initialised: Void = { xmlInitParser() }()

    private let context: xmlParserCtxtPtr
    private let box: Box

    /// Carries the handler and the DOCTYPE flag through libxml2's C callbacks.
    final class Box {
        // Strong, not unowned: an unowned read costs a checked retain on every callback (a tenth of ingest), and
        // the handler holds no reference back, so there is no cycle.
        let handler: SAXHandler
        var sawDoctype = false
        /// libxml2 interns names and namespace URIs in its dictionary: one XMLName per distinct pointer.
        private var names: [UnsafePointer<xmlChar>: XMLName] = [:]
        /// A direct-mapped cache in front of `names`: a document uses a few dozen names, so nearly every lookup
        /// is one compare instead of hashing a pointer. Raw memory, unretained entries: `names` keeps them alive,
        /// and a raw buffer costs no exclusivity check or retain per callback.
        private let recent = UnsafeMutablePointer<(pointer: UnsafePointer<xmlChar>?, name: Unmanaged<XMLName>?)>.allocate(capacity: 128)
        /// Elements without a namespace (per parse: names carry handler state, so none is shared between threads).
        private let none = XMLName("")
        /// The namespace prefixes in scope, for attributes that name prefixes (`mc:Choice Requires="wps"`).
        let scope = NamespaceScope()
        init(_ handler: SAXHandler) {
            self.handler = handler
            recent.initialize(repeating: (nil, nil), count: 128)
        }
        deinit { recent.deallocate() }

        func name(_ pointer: UnsafePointer<xmlChar>?) -> XMLName {
            guard let pointer else { return none }
            let slot = Int(UInt(bitPattern: pointer) >> 3) & 127
            if recent[slot].pointer == pointer, let name = recent[slot].name { return name.takeUnretainedValue() }
            if let known = names[pointer] {
                recent[slot] = (pointer, Unmanaged.passUnretained(known))
                return known
            }
            let made = XMLName(String(cString: pointer))
            if names.count < 4096 {
                names[pointer] = made
                recent[slot] = (pointer, Unmanaged.passUnretained(made))
            }
            return made
        }
    }

    init(handler: SAXHandler, name: String) {
        _ = Self.initialised
        cg_xml_silence()
        xmlResetLastError()   // so an error read after a failed chunk is this parse's own
        box = Box(handler)
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        // The box outlives the parse (SAXStream owns it), so callbacks borrow it without retaining it.
        sax.startElementNs = { ctx, localname, _, uri, declared, namespaces, count, _, attributes in
            Unmanaged<Box>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { box in
                box.scope.enter(namespaces, count: Int(declared))
                box.handler.start(box.name(localname), namespace: box.name(uri),
                                  attributes: SAXAttributes(pointers: attributes, count: Int(count),
                                                            scope: Unmanaged.passUnretained(box.scope)))
            }
        }
        sax.endElementNs = { ctx, localname, _, uri in
            Unmanaged<Box>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { box in
                box.handler.end(box.name(localname), namespace: box.name(uri))
                box.scope.leave()
            }
        }
        sax.characters = { ctx, chars, length in
            guard let chars, length > 0 else { return }
            Unmanaged<Box>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { box in
                box.handler.text(UnsafeBufferPointer(start: chars, count: Int(length)))
            }
        }
        sax.internalSubset = { ctx, _, _, _ in
            Unmanaged<Box>.fromOpaque(ctx!).takeUnretainedValue().sawDoctype = true
        }
        let userData = Unmanaged.passUnretained(box).toOpaque()
        context = name.withCString { xmlCreatePushParserCtxt(&sax, userData, nil, 0, $0) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        xmlCtxtUseOptions(context, options)
    }

    deinit {
        if let doc = context.pointee.myDoc { xmlFreeDoc(doc) }
        xmlFreeParserCtxt(context)
    }

    /// Feeds one chunk; `last` ends the document.
    func feed(_ bytes: UnsafeRawBufferPointer, last: Bool) throws {
        let rc = xmlParseChunk(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), last ? 1 : 0)
        if box.sawDoctype {
            xmlStopParser(context)
            throw Failure.doctype
        }
        if rc != 0 {
            // Encoding failures are raised outside the parser context; their message is in the thread's last error.
            let error = xmlCtxtGetLastError(context).flatMap { $0.pointee.message == nil ? nil : $0 } ?? xmlGetLastError()
            let line = Int(error?.pointee.line ?? 0)
            var message = error?.pointee.message.map { String(cString: $0) } ?? "parse error \(rc)"
            message = message.trimmed(of: "\n ")
            // Messages quote the offending input; a long quote is cut.
            if message.count > 160 { message = message.prefix(160) + "…" }
            throw Failure.malformed(line: line, message: message)
        }
    }

    /// Parses a whole buffer.
    static func parse(_ bytes: [UInt8], handler: SAXHandler, name: String) throws {
        let stream = SAXStream(handler: handler, name: name)
        try bytes.withUnsafeBytes { try stream.feed($0, last: true) }
    }
}

/// An element or namespace name, made once per distinct name in a parse. `tag` is the handler's own code for it,
/// worked out on first sight, so a handler switches on a small integer instead of comparing strings.
final class XMLName {
    let string: String
    var tag = -1
    init(_ string: String) { self.string = string }
}

/// An element's attributes, read on demand by local name. Valid only inside the `start` callback.
struct SAXAttributes {
    let pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int
    /// The parse's namespace declarations (unretained: the stream owns it and outlives the callback).
    var scope: Unmanaged<NamespaceScope>? = nil

    /// The namespace URI a prefix stands for at this element, or nil when the prefix is not declared.
    func namespace(forPrefix prefix: String) -> String? {
        scope?._withUnsafeGuaranteedRef { $0.namespace(forPrefix: prefix) }
    }

    subscript(_ name: String) -> String? {
        guard let pointers, count > 0 else { return nil }
        return name.withCString { wanted in
            for i in 0..<count {
                guard let local = pointers[i * 5], strcmp(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self), wanted) == 0,
                      let start = pointers[i * 5 + 3], let end = pointers[i * 5 + 4] else { continue }
                return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
            }
            return nil
        }
    }
}

extension String {
    /// The text without the characters of `set` (single-scalar characters: spaces, tabs, newlines) at either end.
    func trimmed(of set: String) -> String {
        // Most paragraphs neither start nor end with one: answered from the first and last scalars, without the
        // grapheme breaking of the loop below. A character equal to a one-scalar member is that scalar alone, so a text
        // whose first and last scalars are no members has nothing to trim.
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
           !set.unicodeScalars.contains(first), !set.unicodeScalars.contains(last) {
            return self
        }
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
