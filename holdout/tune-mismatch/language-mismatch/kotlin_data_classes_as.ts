package com.example.weather.model

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

@Serializable
data class Forecast(
    val city: String,
    val days: List<DailyForecast>,
    @SerialName("generated_at") val generatedAt: Long,
)

@Serializable
data class DailyForecast(
    val date: String,
    val minTemp: Double,
    val maxTemp: Double,
    val condition: Condition,
)

enum class Condition { SUNNY, CLOUDY, RAIN, SNOW, STORM }

fun Forecast.warmestDay(): DailyForecast? = days.maxByOrNull { it.maxTemp }

sealed interface ForecastResult {
    data class Success(val forecast: Forecast) : ForecastResult
    data class Failure(val message: String, val cause: Throwable? = null) : ForecastResult
    object Loading : ForecastResult
}
