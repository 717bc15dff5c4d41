import { NgModule, APP_INITIALIZER } from "@angular/core";
import { BrowserModule } from "@angular/platform-browser";
import { HttpClientModule, HTTP_INTERCEPTORS } from "@angular/common/http";
import { AppRoutingModule } from "./app-routing.module";
import { AppComponent } from "./app.component";
import { AuthInterceptor } from "./core/auth.interceptor";
import { ConfigService } from "./core/config.service";

export function initConfig(config: ConfigService): () => Promise<void> {
  return () => config.load();
}

@NgModule({
  declarations: [
    AppComponent,
    // ... keep your existing declarations here
  ],
  imports: [
    BrowserModule,
    HttpClientModule,
    AppRoutingModule,
    // ... keep your existing imports here
  ],
  providers: [
    { provide: HTTP_INTERCEPTORS, useClass: AuthInterceptor, multi: true },
    { provide: APP_INITIALIZER, useFactory: initConfig, deps: [ConfigService], multi: true },
  ],
  bootstrap: [AppComponent],
})
export class AppModule {}
