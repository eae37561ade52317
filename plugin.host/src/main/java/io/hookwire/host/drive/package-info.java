/**
 * The {@link io.hookwire.api.drive.Drive} service: each plugin's own file store under {@code <data>/drive/<plugin-id>/},
 * handed out per bundle by a service factory ({@link io.hookwire.host.drive.DriveComponent}), with paths checked
 * so that nothing outside the store is ever read or written ({@link io.hookwire.host.drive.DrivePath},
 * {@link io.hookwire.host.drive.DriveStore}).
 */
package io.hookwire.host.drive;
