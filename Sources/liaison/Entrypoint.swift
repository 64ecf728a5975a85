import LiaisonCommands

/// The `liaison` executable: every command lives in the LiaisonCommands library.
@main
enum Entrypoint {
    static func main() {
        LiaisonCommand.main()
    }
}
