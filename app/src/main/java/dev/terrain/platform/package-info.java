/**
 * Infrastructure every module shares: the database (embedded or external), the web shell (layout, languages,
 * error responses). Holds no business data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.terrain.platform;
