package com.example.shop.model

import kotlinx.serialization.Serializable

@Serializable
data class CartItem(val productId: String, val quantity: Int, val unitPrice: Double)

fun List<CartItem>.total(): Double = sumOf { it.quantity * it.unitPrice }

fun main() {
    val cart = listOf(CartItem("p-1", 2, 9.99), CartItem("p-7", 1, 24.50))
    println("Total: %.2f".format(cart.total()))
}
