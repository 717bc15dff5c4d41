import kotlinx.coroutines.*

suspend fun fetchPrice(symbol: String): Double {
    delay(100)
    return symbol.length * 10.5
}

fun main() = runBlocking {
    val symbols = listOf("AAPL", "MSFT", "GOOG")
    val prices = symbols.map { s -> async { s to fetchPrice(s) } }.awaitAll()
    prices.forEach { (s, p) -> println("$s: $p") }
}
