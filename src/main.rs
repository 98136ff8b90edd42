fn main() {
    std::process::exit(qostil::cli::main());
}
